import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodsOfYear, termOf, within } from './periods';

describe('periods of a year', () => {
  it('uses the API codes', () => {
    expect(periodsOfYear(2026, 'MONTH', 'vi').map((p) => p.key)).toHaveLength(12);
    expect(periodsOfYear(2026, 'MONTH', 'vi')[9]).toEqual({ key: '2026-10', label: 'T10/2026' });
    expect(periodsOfYear(2026, 'QUARTER', 'vi')[2]).toEqual({ key: '2026-Q3', label: 'Quý III/2026' });
    expect(periodsOfYear(2026, 'HALF_YEAR', 'en')[0]).toEqual({ key: '2026-H1', label: 'H1 2026' });
    expect(periodsOfYear(2026, 'YEAR', 'vi')).toEqual([{ key: '2026', label: 'Năm 2026' }]);
  });
  it('finds the congress term', () => {
    expect(termOf(2022)).toBe('2022-2027');
    expect(termOf(2026)).toBe('2022-2027');
    expect(termOf(2027)).toBe('2027-2032');
    expect(termOf(2021)).toBe('2017-2022');
  });
});

describe('within', () => {
  it('places months, quarters and halves inside coarser periods', () => {
    expect(within('2026-03', '2026-Q1')).toBe(true);
    expect(within('2026-04', '2026-Q1')).toBe(false);
    expect(within('2026-Q3', '2026-H2')).toBe(true);
    expect(within('2026-H1', '2026')).toBe(true);
    expect(within('2026-08', '2026-08')).toBe(true);
    expect(within('2026', '2026-H1')).toBe(false);
    expect(within('2025-12', '2026')).toBe(false);
    expect(within('nonsense', '2026')).toBe(false);
  });
});

describe('periods in words', () => {
  it('says every kind of period the Vietnamese way, and in English', () => {
    expect(formatPeriod('2026-11')).toBe('Tháng 11/2026');
    expect(formatPeriod('2026-Q3')).toBe('Quý III/2026');
    expect(formatPeriod('2026-H1')).toBe('6 tháng đầu năm 2026');
    expect(formatPeriod('2026-H2')).toBe('6 tháng cuối năm 2026');
    expect(formatPeriod('2026')).toBe('Năm 2026');
    expect(formatPeriod('2022-2027')).toBe('Nhiệm kỳ 2022–2027');
    expect(formatPeriod('2025-01-01..2025-09-30')).toBe('9 tháng đầu năm 2025');
    expect(formatPeriod('2025-01-01..2025-12-31')).toBe('Năm 2025');
    expect(formatPeriod('2024-02-01..2024-02-29')).toBe('Tháng 2/2024');
    expect(formatPeriod('2026-03-01..2026-04-15')).toBe('01/03/2026 – 15/04/2026');
    expect(formatPeriod('2026-12-03')).toBe('03/12/2026');
    expect(formatPeriod('2026-11', 'en')).toBe('Nov 2026');
    expect(formatPeriod('2025-01-01..2025-09-30', 'en')).toBe('First 9 months of 2025');
    expect(formatPeriod('something else')).toBe('something else');
  });
  it('reads what cadres type, with or without diacritics, and each word form back', () => {
    for (const [typed, code] of [
      ['11/2026', '2026-11'],
      ['T11/2026', '2026-11'],
      ['tháng 11/2026', '2026-11'],
      ['Tháng 3 năm 2026', '2026-03'],
      ['Quý III/2026', '2026-Q3'],
      ['quy 3/2026', '2026-Q3'],
      ['Q4/2025', '2025-Q4'],
      ['6 tháng đầu năm 2026', '2026-H1'],
      ['6 thang cuoi 2026', '2026-H2'],
      ['9 tháng 2025', '2025-01-01..2025-09-30'],
      ['năm 2026', '2026'],
      ['Nhiệm kỳ 2022–2027', '2022-2027'],
      ['2026-q3', '2026-Q3'],
      ['2025-01-01..2025-09-30', '2025-01-01..2025-09-30'],
    ] as const) {
      expect(parsePeriod(typed), typed).toBe(code);
    }
    for (const code of ['2026-11', '2026-Q3', '2026-H1', '2026-H2', '2026', '2022-2027', '2025-01-01..2025-09-30'])
      for (const lng of ['vi', 'en']) expect(parsePeriod(formatPeriod(code, lng)), `${code} ${lng}`).toBe(code);
    for (const wrong of ['13/2026', 'tháng mười', '', '2026-13', 'quý 5/2026']) expect(parsePeriod(wrong), wrong).toBeUndefined();
  });
});
