/** A period as a column of a grid of figures: its API code and its label. */
export type GridColumn = { key: string; label: string };

export type EntryPeriodType = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

/** The periods of a year for a period type, as API codes with Vietnamese labels (T1 … T12, Quý I …). */
export function periodsOfYear(year: number, type: EntryPeriodType, lng: string): GridColumn[] {
  const roman = ['I', 'II', 'III', 'IV'];
  switch (type) {
    case 'MONTH':
      return Array.from({ length: 12 }, (_, i) => ({
        key: `${year}-${String(i + 1).padStart(2, '0')}`,
        label: lng === 'en' ? `${year}-${String(i + 1).padStart(2, '0')}` : `T${i + 1}/${year}`,
      }));
    case 'QUARTER':
      return roman.map((r, i) => ({ key: `${year}-Q${i + 1}`, label: lng === 'en' ? `Q${i + 1} ${year}` : `Quý ${r}/${year}` }));
    case 'HALF_YEAR':
      return [1, 2].map((h) => ({
        key: `${year}-H${h}`,
        label: lng === 'en' ? `H${h} ${year}` : `6 tháng ${h === 1 ? 'đầu' : 'cuối'} ${year}`,
      }));
    default:
      return [{ key: String(year), label: lng === 'en' ? String(year) : `Năm ${year}` }];
  }
}

/** The union's congress term containing a year: 2022-2027 covers 2022–2026 (the congress meets early in 2027). */
export function termOf(year: number): string {
  const start = 2022 + 5 * Math.floor((year - 2022) / 5);
  return `${start}-${start + 5}`;
}

/** The months a period code covers, as [first, last] month numbers counted from year 0 (2026-03 → 2026 × 12 + 2). */
export function monthsOf(code: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(code);
  if (!m) return undefined;
  const year = Number(m[1]) * 12;
  if (m[2]) return [year + Number(m[2]) - 1, year + Number(m[2]) - 1];
  if (m[3]) return [year + (Number(m[3]) - 1) * 3, year + (Number(m[3]) - 1) * 3 + 2];
  if (m[4]) return [year + (Number(m[4]) - 1) * 6, year + (Number(m[4]) - 1) * 6 + 5];
  return [year, year + 11];
}

/** Whether a period lies within another (a month within its quarter, a quarter within its year…). */
export function within(inner: string, outer: string): boolean {
  const a = monthsOf(inner);
  const b = monthsOf(outer);
  return !!a && !!b && a[0] >= b[0] && a[1] <= b[1];
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A period code of the API in words: 2026-11 → "Tháng 11/2026", 2026-Q3 → "Quý III/2026", 2026-H1 → "6 tháng đầu
 * năm 2026", 2025-01-01..2025-09-30 → "9 tháng đầu năm 2025", 2022-2027 → "Nhiệm kỳ 2022–2027", other ranges as
 * dates (01/03/2026 – 15/04/2026). A code it does not know comes back as it is.
 */
export function formatPeriod(code: string, lng = 'vi'): string {
  const en = lng === 'en';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(code))) return en ? `Year ${m[1]}` : `Năm ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(code))) return en ? `${EN_MONTHS[Number(m[2]) - 1]} ${m[1]}` : `Tháng ${Number(m[2])}/${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(code))) return en ? `Q${m[2]} ${m[1]}` : `Quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(code)))
    return en ? `${m[2] === '1' ? 'First' : 'Second'} half of ${m[1]}` : `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}`;
  if ((m = /^(\d{4})-(\d{4})$/.exec(code))) return en ? `Term ${m[1]}–${m[2]}` : `Nhiệm kỳ ${m[1]}–${m[2]}`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/.exec(code))) {
    const [y1, m1, d1, y2, m2, d2] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    if (y1 === y2 && m1 === 1 && d1 === 1 && d2 === lastDay(y2, m2)) {
      if (m2 === 12) return formatPeriod(String(y1), lng);
      return en ? `First ${m2} months of ${y1}` : `${m2} tháng đầu năm ${y1}`;
    }
    if (y1 === y2 && m1 === m2 && d1 === 1 && d2 === lastDay(y2, m2)) return formatPeriod(`${y1}-${String(m1).padStart(2, '0')}`, lng);
    return `${dmy(code.slice(0, 10))} – ${dmy(code.slice(12))}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return dmy(code);
  return code;
}

/** Lower case without diacritics, for matching what is typed: "Quý" and "quy" are the same. */
export const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What a cadre types for a period, as the API's code: "11/2026", "T11/2026", "tháng 11 năm 2026", "Quý III/2026",
 * "q3/2026", "6 tháng đầu năm 2026", "9 tháng 2026", "năm 2026", "nhiệm kỳ 2022-2027", the English words of
 * {@link formatPeriod} ("Nov 2026", "Q3 2026"), or a code itself.
 * Undefined when it reads as no period.
 */
export function parsePeriod(text: string): string | undefined {
  const s = plain(text);
  let m: RegExpExecArray | null;
  if (/^\d{4}(-\d{2}|-q[1-4]|-h[12]|-\d{4})?$/.test(s) || /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(s)) {
    const code = s.toUpperCase();
    const month = /^\d{4}-(\d{2})$/.exec(code);
    return month && (Number(month[1]) < 1 || Number(month[1]) > 12) ? undefined : code;
  }
  if ((m = /^(?:nam |year )?(\d{4})$/.exec(s))) return m[1];
  if ((m = /^([a-z]{3}) (\d{4})$/.exec(s)) && EN_MONTHS.some((x) => x.toLowerCase() === m![1]))
    return `${m[2]}-${String(EN_MONTHS.findIndex((x) => x.toLowerCase() === m![1]) + 1).padStart(2, '0')}`;
  if ((m = /^q([1-4]) (\d{4})$/.exec(s))) return `${m[2]}-Q${m[1]}`;
  if ((m = /^(first|second) half of (\d{4})$/.exec(s))) return `${m[2]}-H${m[1] === 'first' ? 1 : 2}`;
  if ((m = /^first 9 months of (\d{4})$/.exec(s))) return `${m[1]}-01-01..${m[1]}-09-30`;
  if ((m = /^(?:t|thang ?)?(\d{1,2}) ?(?:\/|-|nam ) ?(\d{4})$/.exec(s))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : undefined;
  }
  if ((m = /^(?:q|quy ?)(i{1,3}|iv|[1-4]) ?(?:\/|-|nam ) ?(\d{4})$/.exec(s))) {
    const q = /^\d$/.test(m[1]!) ? Number(m[1]) : ROMAN.indexOf(m[1]!.toUpperCase()) + 1;
    return `${m[2]}-Q${q}`;
  }
  if ((m = /^6 thang (dau|cuoi) (?:nam )?(\d{4})$/.exec(s))) return `${m[2]}-H${m[1] === 'dau' ? 1 : 2}`;
  if ((m = /^9 thang (?:dau )?(?:nam )?(\d{4})$/.exec(s))) return `${m[1]}-01-01..${m[1]}-09-30`;
  if ((m = /^(?:nhiem ky |term )?(\d{4}) ?[-–] ?(\d{4})$/.exec(s))) return `${m[1]}-${m[2]}`;
  return undefined;
}

/** Periods offered while typing: this year's and last year's months, quarters, halves, nine months and years, and the term. */
export function suggestedPeriods(year: number): string[] {
  const codes: string[] = [];
  for (const y of [year, year - 1]) {
    codes.push(String(y), `${y}-01-01..${y}-09-30`, `${y}-H1`, `${y}-H2`);
    codes.push(...[1, 2, 3, 4].map((q) => `${y}-Q${q}`));
    codes.push(...Array.from({ length: 12 }, (_, i) => `${y}-${String(12 - i).padStart(2, '0')}`));
  }
  codes.push(termOf(year));
  return codes;
}
