import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import { catalogueLocale, formatNumber } from './locale';

/*
 * Every word a person sees comes from the catalogues in public/_locales/, in the
 * browser's UI language with English as the fallback (browser.i18n, which both
 * browsers also use for the manifest). English is the source: its keys type the calls.
 */

export type MessageKey = keyof typeof en;

/** A plural message is a family of keys, one per CLDR category: `files_one`, `files_other`, … */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type Category = Intl.LDMLPluralRule;

// WXT types getMessage from the catalogue as of its last `wxt prepare`; MessageKey is always current.
const getMessage = (key: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions);

/** A message with its placeholders filled in order ($1, $2, … in the catalogue). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const words = substitutions.map((value) => (typeof value === 'number' ? formatNumber(value) : value));
  // An unknown key shows itself rather than nothing: the pseudo-locale run catches it.
  return getMessage(key, words) || key;
}

const rules = new Map<string, Intl.PluralRules>();

/** The key of `count`'s plural form in the catalogue's own language (Arabic has six, Japanese one). */
export function pluralKey(base: PluralKey, count: number, locale: string = catalogueLocale()): MessageKey {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category: Category = rule.select(count);
  const key = `${base}_${category}` as MessageKey;
  // A category the catalogue lacks (a partial translation) reads as its general form.
  return getMessage(key) ? key : (`${base}_other` as MessageKey);
}

/** A counted message: $1 is the count, formatted for the language; more placeholders follow it. */
export function plural(base: PluralKey, count: number, ...substitutions: Array<string | number>): string {
  return t(pluralKey(base, count), count, ...substitutions);
}
