import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateVi } from './dates';

describe('formatDateVi', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDateVi('2025-07-01')).toBe('01/07/2025');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in Vietnam time, day first', () => {
    // 17:30 UTC is 00:30 the next day in Hà Nội
    const vi = formatDateTime('2025-06-30T17:30:00Z', 'vi');
    expect(vi).toContain('01/07/2025');
    expect(vi).toContain('00:30');
    expect(formatDateTime('2025-06-30T17:30:00Z', 'en')).toContain('01/07/2025');
  });
});
