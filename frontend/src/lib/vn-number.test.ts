import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOfLanguage, readNumber, type NumberFormat } from './vn-number';

/** The rows of docs/number-format.md: the same table the backend's NumberGrammarTest reads. */
const rows = readFileSync(resolve(process.cwd(), '../docs/number-format.md'), 'utf8') // tests run in frontend/
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const [, text, declared, reading] = line.split('|').map((c) => c.trim());
    return { text: text!.slice(1, -1), declared: (declared || undefined) as NumberFormat | undefined, reading: reading! };
  });

describe('readNumber', () => {
  it('has the shared table to read', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows)('reads "$text" (declared $declared) as $reading', ({ text, declared, reading }) => {
    const r = readNumber(text, declared);
    if (reading === 'refused') {
      expect(r.kind).toBe('invalid');
    } else if (reading.startsWith('both ')) {
      const [vi, en] = reading.slice(5).split(' / ').map(Number);
      expect(r).toEqual({ kind: 'ambiguous', readings: [vi, en] });
    } else {
      expect(r).toEqual({ kind: 'number', value: Number(reading) });
    }
  });

  it('tells an empty cell from a number', () => {
    expect(readNumber('  ')).toEqual({ kind: 'empty' });
  });

  it('takes the grid’s format from the UI language', () => {
    expect(formatOfLanguage('vi')).toBe('vi');
    expect(formatOfLanguage('en-US')).toBe('en');
    expect(readNumber('4.200', formatOfLanguage('vi'))).toEqual({ kind: 'number', value: 4200 });
  });
});
