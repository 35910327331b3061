import { browser } from 'wxt/browser';

/*
 * Which language the words are in, and which locale formats dates, sizes and
 * counts. They agree: a person whose browser speaks a language we have no
 * catalogue for reads English words with English dates, not a mixture; a
 * regional variant of a language we speak (en-GB, de-AT) keeps its own
 * date order and separators.
 */

/** The BCP 47 tag of the catalogue in use (each catalogue names itself). */
export function catalogueLocale(): string {
  return browser.i18n.getMessage('catalogueLocale') || 'en';
}

/** The locale for Intl: the browser's UI language when the words are in that language, else the catalogue's. */
export function formatLocale(): string {
  return chooseFormatLocale(browser.i18n.getUILanguage(), catalogueLocale());
}

/** Pure: the UI language if it shares the catalogue's language (and Intl knows it), else the catalogue's tag. */
export function chooseFormatLocale(uiLanguage: string, catalogueTag: string): string {
  const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const ui = uiLanguage.replace('_', '-');
  if (language(ui) !== language(catalogueTag)) return catalogueTag;
  try {
    return Intl.getCanonicalLocales(ui)[0] ?? catalogueTag;
  } catch {
    return catalogueTag;
  }
}

/** 'rtl' for Arabic: the catalogue says which way its words run. */
export function textDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('textDirection') === 'rtl' ? 'rtl' : 'ltr';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number as the language writes it (1,234.5 / 1.234,5), with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: string = formatLocale(), maximumFractionDigits = 3): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
  return format.format(value);
}
