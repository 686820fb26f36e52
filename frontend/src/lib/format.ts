/** vi-VN (or en) formats: 1.293.000.000 ₫, 26,8 %, 01/07/2025. */
export function formatNumber(value: number | null | undefined, lng = 'vi', digits = 0): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number | null | undefined, lng = 'vi'): string {
  if (value === null || value === undefined) return '–';
  return `${formatNumber(value, lng)} ₫`;
}

export function formatPercent(value: number | null | undefined, lng = 'vi'): string {
  if (value === null || value === undefined) return '–';
  return `${formatNumber(value, lng, 1)} %`;
}
