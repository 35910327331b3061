/** Human sizes: 0 B, 512 B, 1.2 KB, 81 KB, 4.8 MB. Binary units, familiar labels. */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  do {
    value /= 1024;
    unit += 1;
  } while (value >= 1024 && unit < units.length - 1);
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${units[unit]}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Intl formatters are costly to build; a popup formats hundreds of times.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "just now", "5 min ago", "3 hr ago", "yesterday", "4 days ago", then a date. */
export function formatRelativeTime(iso: string, now: number = Date.now(), locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const elapsed = now - time;
  if (elapsed < MINUTE) return 'just now';
  const rtf = cached(`rel:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return rtf.format(-Math.floor(elapsed / DAY), 'day');
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  const key = `date:${locale}:${sameYear}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) })).format(time);
}

/** The exact time, for a tooltip. */
export function formatExactTime(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return cached(`exact:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(time);
}

/**
 * Date and time for a row: "Today, 14:05", "Yesterday, 09:12", "12 Nov,
 * 14:05", "12 Nov 2025, 14:05" — two files made minutes apart stay apart.
 */
export function formatDateTime(iso: string, now: number = Date.now(), locale?: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const dayOf = cached(`day:${locale}:${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  const clock = cached(`clock:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' })).format(time);
  const daysAgo = Math.round((Date.parse(dayOf.format(now)) - Date.parse(dayOf.format(time))) / DAY);
  if (daysAgo === 0 || daysAgo === 1) {
    const word = cached(`rel:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' })).format(-daysAgo, 'day');
    return `${word.charAt(0).toLocaleUpperCase(locale) + word.slice(1)}, ${clock}`;
  }
  const sameYear = dayOf.format(time).slice(0, 4) === dayOf.format(now).slice(0, 4);
  const date = cached(`date:${locale}:${timeZone}:${sameYear}`, () =>
    new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }),
  ).format(time);
  return `${date}, ${clock}`;
}
