import { describe, expect, it } from 'vitest';
import { formatDateVi } from './dates';

describe('formatDateVi', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDateVi('2025-07-01')).toBe('01/07/2025');
  });
});
