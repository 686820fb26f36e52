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

/** A file's size as people read it: 512 KB, 9,5 MB (vi) or 9.5 MB (en). */
export function formatFileSize(bytes: number, lng = 'vi'): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${formatNumber(mb, lng, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lng)} KB`;
}
