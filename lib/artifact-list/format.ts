import { t, type MessageKey } from '@/lib/i18n/messages';
import { formatLocale, formatNumber } from '@/lib/i18n/locale';

const SIZE_UNITS: MessageKey[] = ['size_kilobytes', 'size_megabytes', 'size_gigabytes', 'size_terabytes'];

/** Human sizes: 0 B, 512 B, 1.2 KB, 81 KB, 4.8 MB. Binary units, the language's labels and decimal sign. */
export function formatSize(bytes: number, locale: string = formatLocale()): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return t('size_bytes', number(Math.round(bytes), 0, locale));
  let value = bytes;
  let unit = -1;
  do {
    value /= 1024;
    unit += 1;
  } while (value >= 1024 && unit < SIZE_UNITS.length - 1);
  return t(SIZE_UNITS[unit]!, number(value, value < 10 ? 1 : 0, locale));
}

// Rounded as sizes always were (toFixed), then written the language's way.
const number = (value: number, digits: number, locale: string) =>
  formatNumber(Number(value.toFixed(digits)), locale, digits);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Intl formatters are costly to build; a popup formats hundreds of times.
type Formatter = Intl.RelativeTimeFormat | Intl.DateTimeFormat;
const formatters = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "just now", "5 min ago", "3 hr ago", "yesterday", "4 days ago", then a date. */
export function formatRelativeTime(iso: string, now: number = Date.now(), locale: string = formatLocale()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const elapsed = now - time;
  if (elapsed < MINUTE) return t('time_justNow');
  const rtf = cached(`rel:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return rtf.format(-Math.floor(elapsed / DAY), 'day');
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  const key = `date:${locale}:${sameYear}`;
  return cached(
    key,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }),
  ).format(time);
}

/** The exact time, for a tooltip. */
export function formatExactTime(iso: string, locale: string = formatLocale()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return cached(
    `exact:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(time);
}

/**
 * Date and time for a row: "Today, 14:05", "Yesterday, 09:12", "12 Nov,
 * 14:05", "12 Nov 2025, 14:05" — two files made minutes apart stay apart.
 */
export function formatDateTime(
  iso: string,
  now: number = Date.now(),
  locale: string = formatLocale(),
  timeZone?: string,
): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const dayOf = cached(
    `day:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  );
  const clock = cached(
    `clock:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }),
  ).format(time);
  const daysAgo = Math.round((Date.parse(dayOf.format(now)) - Date.parse(dayOf.format(time))) / DAY);
  if (daysAgo === 0 || daysAgo === 1) {
    const word = cached(
      `rel:${locale}`,
      () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
    ).format(-daysAgo, 'day');
    return t('time_dayAndClock', word.charAt(0).toLocaleUpperCase(locale) + word.slice(1), clock);
  }
  const sameYear = dayOf.format(time).slice(0, 4) === dayOf.format(now).slice(0, 4);
  const date = cached(
    `date:${locale}:${timeZone}:${sameYear}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        day: 'numeric',
        month: 'short',
        ...(sameYear ? {} : { year: 'numeric' }),
      }),
  ).format(time);
  return t('time_dayAndClock', date, clock);
}

/** Longest dot-suffix, dot included, that counts as a name's extension for display (as sanitizeFileName keeps it). */
const MAX_EXTENSION = 12;

/**
 * A name split before its extension: ["Q3-report.pdf ", ".exe"]; ["README", ""]
 * when it has none. Lets a row keep the extension in sight while the rest is
 * cut with an ellipsis.
 */
export function splitExtension(name: string): [start: string, extension: string] {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || Array.from(name.slice(dot)).length > MAX_EXTENSION) return [name, ''];
  return [name.slice(0, dot), name.slice(dot)];
}

let segmenter: Intl.Segmenter | undefined;
/** User-perceived characters: an emoji sequence, a flag or a letter with its accents is one, never cut apart. */
function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/** Characters drawn about twice as wide as a Latin letter: CJK, Hangul, full-width forms, emoji. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\p{Extended_Pictographic}]/u;
const widthOf = (grapheme: string): number => (WIDE.test(grapheme) ? 2 : 1);

/**
 * A name at most `maxWidth` wide (a Latin letter is 1, a CJK character or an
 * emoji 2), shortened in the middle: "Quarterly revenue by region and
 * prod…final v2.xlsx". An ellipsis at the end would hide the extension, the
 * part that says what the file is; here the start and the end stay, the end
 * always with the whole extension (up to 12 characters) and at least a third
 * of the room, so "…v2.pdf" and "…v3.pdf" stay apart. Cuts between
 * graphemes, so no surrogate pair, accent or emoji is split.
 */
export function middleTruncate(name: string, maxWidth: number): string {
  // No string has more graphemes than UTF-16 code units: most names need no segmenting.
  if (name.length <= maxWidth && !WIDE.test(name)) return name;
  const chars = graphemes(name);
  const widths = chars.map(widthOf);
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= maxWidth) return name;
  const fitting = (from: string[], room: number): number => {
    let used = 0;
    let count = 0;
    for (const grapheme of from) {
      if (used + widthOf(grapheme) > room) break;
      used += widthOf(grapheme);
      count += 1;
    }
    return count;
  };
  if (maxWidth < 3) return chars.slice(0, fitting(chars, Math.max(0, maxWidth))).join('');
  const room = maxWidth - 1; // the rest is the ellipsis
  const extension = graphemes(splitExtension(name)[1]);
  const extensionWidth = extension.reduce((sum, g) => sum + widthOf(g), 0);
  const tailRoom = Math.min(Math.max(extensionWidth, Math.floor(room / 3)), room - 1);
  const tail = fitting([...chars].reverse(), tailRoom);
  const tailWidth = widths.slice(chars.length - tail).reduce((sum, w) => sum + w, 0);
  const head = chars
    .slice(0, fitting(chars, room - tailWidth))
    .join('')
    .trimEnd();
  return `${head}…${chars
    .slice(chars.length - tail)
    .join('')
    .trimStart()}`;
}
