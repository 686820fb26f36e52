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
