import { describe, expect, it } from 'vitest';
import { periodsOfYear, termOf, within } from './periods';

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
