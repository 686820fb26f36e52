import { describe, expect, it } from 'vitest';
import { formatFileSize, formatMoney, formatNumber, formatPercent } from './format';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatMoney(1_293_000_000)).toBe('1.293.000.000 ₫');
    expect(formatPercent(26.82)).toBe('26,8 %');
    expect(formatNumber(4094)).toBe('4.094');
  });
  it('uses English separators in English and a dash for no value', () => {
    expect(formatNumber(4094, 'en')).toBe('4,094');
    expect(formatMoney(null)).toBe('–');
  });
});

describe('file sizes', () => {
  it('reads in megabytes with the decimal mark of the language, kilobytes below one', () => {
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatFileSize(33_554_432 + 419_430)).toBe('32,4 MB');
    expect(formatFileSize(33_554_432 + 419_430, 'en')).toBe('32.4 MB');
    expect(formatFileSize(524_288)).toBe('512 KB');
    expect(formatFileSize(10)).toBe('1 KB');
  });
});
