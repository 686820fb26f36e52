/**
 * The product's one number grammar (docs/number-format.md; the backend's NumberGrammar reads CSV files by the same
 * rules and both are tested against that table). A text is tried as Vietnamese ("4.200.000", "26,8") and as English
 * ("4,200,000", "26.8"); when the two readings differ, the declared format (in the grid: the UI's language) decides,
 * and without one the text is refused naming both — never reinterpreted silently.
 */
export type NumberFormat = 'vi' | 'en';

export type NumberReading =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'ambiguous'; readings: [vi: number, en: number] } | { kind: 'invalid' };

const MAX_LENGTH = 40;
const CONVENTIONS: Record<NumberFormat, RegExp> = { vi: pattern('.', ','), en: pattern(',', '.') };

function pattern(group: string, decimal: string): RegExp {
  const g = `[\\${group} \u00A0\u202F]`;
  return new RegExp(`^([+-]?)(\\d+|[1-9]\\d{0,2}(${g})\\d{3}(?:\\3\\d{3})*)(?:\\${decimal}(\\d+))?(?:[eE]([+-]?\\d{1,3}))?$`);
}

function readIn(format: NumberFormat, s: string): number | null {
  const m = CONVENTIONS[format].exec(s);
  if (!m) return null;
  const digits = m[2]!.replace(/[ \u00A0\u202F.,]/g, '');
  const value = Number(`${m[1]}${digits}${m[4] ? `.${m[4]}` : ''}${m[5] ? `e${m[5]}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // -0 is 0
}

export function readNumber(text: string, declared?: NumberFormat): NumberReading {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  if (s.length > MAX_LENGTH) return { kind: 'invalid' };
  const vi = readIn('vi', s);
  const en = readIn('en', s);
  if (vi === null && en === null) return { kind: 'invalid' };
  if (vi === null || en === null || vi === en) return { kind: 'number', value: (vi ?? en)! };
  if (declared) return { kind: 'number', value: declared === 'vi' ? vi : en };
  return { kind: 'ambiguous', readings: [vi, en] };
}

/** The number format of a UI language: Vietnamese unless the UI is in English. */
export function formatOfLanguage(language: string): NumberFormat {
  return language.startsWith('en') ? 'en' : 'vi';
}
