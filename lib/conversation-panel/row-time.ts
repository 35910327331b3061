/*
 * When an artifact was delivered, as a conversation page's panel row shows
 * it. Worded in the background (page-artifact.ts) so the content script
 * carries none of it; built-in Intl only, each formatter built once (making
 * one costs far more than using it).
 */

const formatters: Record<string, Intl.DateTimeFormat> = {};

/**
 * Short for the row ("24 Nov, 14:05" / "Nov 24, 2:05 PM", with the year when
 * it is not this year's) and in full for its tooltip; null for a time that
 * cannot be read. `locale` and `timeZone` default to the browser's.
 */
export function formatRowTime(iso: string, now = Date.now(), locale?: string, timeZone?: string): { short: string; full: string } | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const thisYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  const format = (key: string, options: Intl.DateTimeFormatOptions) =>
    (formatters[`${key} ${locale} ${timeZone}`] ??= new Intl.DateTimeFormat(locale, { ...options, timeZone })).format(time);
  return {
    short: format(thisYear ? 'short' : 'year', { day: 'numeric', month: 'short', year: thisYear ? undefined : 'numeric', hour: 'numeric', minute: '2-digit' }),
    full: format('full', { dateStyle: 'full', timeStyle: 'long' }),
  };
}
