import { describe, expect, it } from 'vitest';
import { parseVnNumber } from './vn-number';

describe('parseVnNumber', () => {
  it('reads Vietnamese grouping and decimal comma', () => {
    expect(parseVnNumber('4.200.000')).toBe(4_200_000);
    expect(parseVnNumber('26,8')).toBe(26.8);
    expect(parseVnNumber('1.293,5')).toBe(1293.5);
  });
  it('accepts plain numbers and a decimal point', () => {
    expect(parseVnNumber('4094')).toBe(4094);
    expect(parseVnNumber('26.8')).toBe(26.8);
    expect(parseVnNumber(' -3 ')).toBe(-3);
  });
  it('tells empty from not a number', () => {
    expect(parseVnNumber('')).toBeNull();
    expect(parseVnNumber('abc')).toBeNaN();
    expect(parseVnNumber('1,2,3')).toBeNaN();
  });
});
