import { describe, expect, it } from 'vitest';
import { ApiError, unwrap } from './problem';

describe('API problems', () => {
  it('turns field paths into form field names', () => {
    const e = new ApiError({
      status: 400,
      detail: '2 fields are invalid',
      errors: [
        { field: 'participants.women', message: '(45) cannot exceed the total (40)' },
        { field: 'programmeCodes[0]', message: 'no programme with code X' },
      ],
    });
    expect(e.message).toBe('2 fields are invalid');
    expect(e.fieldErrors()).toEqual([
      { name: ['participants', 'women'], errors: ['(45) cannot exceed the total (40)'] },
      { name: ['programmeCodes', 0], errors: ['no programme with code X'] },
    ]);
  });

  it('unwraps data or throws the problem', () => {
    expect(unwrap({ data: 1 })).toBe(1);
    expect(() => unwrap({ error: { status: 404, detail: 'Unit x does not exist' } })).toThrow('Unit x does not exist');
  });
});
