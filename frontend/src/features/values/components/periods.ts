import type { GridColumn } from './FigureGrid';

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
      return [1, 2].map((h) => ({ key: `${year}-H${h}`, label: lng === 'en' ? `H${h} ${year}` : `6 tháng ${h === 1 ? 'đầu' : 'cuối'} ${year}` }));
    default:
      return [{ key: String(year), label: lng === 'en' ? String(year) : `Năm ${year}` }];
  }
}

/** The union's congress term containing a year: 2022-2027 covers 2022–2026 (the congress meets early in 2027). */
export function termOf(year: number): string {
  const start = 2022 + 5 * Math.floor((year - 2022) / 5);
  return `${start}-${start + 5}`;
}
