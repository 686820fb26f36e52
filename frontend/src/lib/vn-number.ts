/**
 * Numbers as Vietnamese users type them: "4.200.000" (dots group thousands), "26,8" (comma before decimals);
 * plain "4200000" and "26.8" (one dot followed by other than three digits) are accepted too.
 * Returns null for an empty cell and NaN for text that is not a number.
 */
export function parseVnNumber(text: string): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  let normalised: string;
  if (s.includes(',')) {
    normalised = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    normalised = s.replace(/\./g, '');
  } else {
    normalised = s;
  }
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : NaN;
}
