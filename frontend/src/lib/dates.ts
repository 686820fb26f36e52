/** Vietnamese date format: 01/07/2025. */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in Vietnam (UTC+7), as YYYY-MM-DD. */
export function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** An instant shown in Vietnam time, whatever the browser's zone: 23/11/2026 14:05 (en: 23/11/2026, 14:05). */
export function formatDateTime(instant: string, lng = 'vi'): string {
  return new Intl.DateTimeFormat(lng === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(instant));
}
