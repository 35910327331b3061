import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { plural, pluralKey, t, type MessageKey } from '@/lib/i18n/messages';
import { chooseFormatLocale, formatLocale, textDirection } from '@/lib/i18n/locale';
import { formatSize, formatDateTime } from '@/lib/artifact-list/format';
import { catalogueI18n } from './support/catalogue-i18n';

/** The browser as a person whose UI language is `uiLanguage` has it, reading catalogue `folder`. */
const speak = (folder: string, uiLanguage: string) =>
  Object.assign(fakeBrowser.i18n, catalogueI18n(folder, uiLanguage));

describe('plural forms follow each language’s own rules', () => {
  it('Arabic has six: zero, one, two, few (3–10), many (11–99), other (100…)', () => {
    speak('ar', 'ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => pluralKey('popup_selectedCount', n))).toEqual([
      'popup_selectedCount_zero',
      'popup_selectedCount_one',
      'popup_selectedCount_two',
      'popup_selectedCount_few',
      'popup_selectedCount_few',
      'popup_selectedCount_many',
      'popup_selectedCount_many',
      'popup_selectedCount_other',
      'popup_selectedCount_other',
    ]);
    // …and the words differ between them, with the number as Arabic writes it where the form shows it.
    const forms = [0, 1, 2, 3, 11, 100].map((n) => plural('popup_selectedCount', n));
    expect(new Set(forms).size).toBe(6);
    expect(plural('popup_selectedCount', 1234)).toContain(new Intl.NumberFormat('ar').format(1234));
  });

  it('French counts 0 and 1 as one; German only 1; Japanese has a single form', () => {
    speak('fr', 'fr-FR');
    expect(pluralKey('popup_selectedCount', 0)).toBe('popup_selectedCount_one');
    expect(pluralKey('popup_selectedCount', 1_000_000)).toBe('popup_selectedCount_many');
    speak('de', 'de-DE');
    expect(pluralKey('popup_selectedCount', 0)).toBe('popup_selectedCount_other');
    expect(plural('zip_savedAll', 1, 'a.zip')).not.toBe(plural('zip_savedAll', 2, 'a.zip').replace('2', '1'));
    speak('ja', 'ja');
    expect(pluralKey('popup_selectedCount', 1)).toBe('popup_selectedCount_other');
  });

  it('reads a category a catalogue lacks as its general form, and an unknown key as itself', () => {
    speak('en', 'en-US');
    expect(pluralKey('popup_selectedCount', 2, 'ar')).toBe('popup_selectedCount_other');
    expect(t('no_such_message' as MessageKey)).toBe('no_such_message');
  });
});

describe('numbers, sizes and dates follow the language the words are in', () => {
  it('formats numbers in messages for the language', () => {
    speak('de', 'de-DE');
    expect(t('popup_zipButtonProgress', 1234, 5000)).toContain('1.234');
    speak('en', 'en-US');
    expect(t('popup_zipButtonProgress', 1234, 5000)).toBe('ZIP 1,234 / 5,000');
  });

  it('writes sizes with the language’s decimal sign and units', () => {
    speak('fr', 'fr-FR');
    expect(formatSize(1260)).toBe(
      '1,2\u00a0Ko'.replace('\u00a0', formatSize(1260).includes('\u00a0') ? '\u00a0' : ' '),
    );
    speak('de', 'de-DE');
    expect(formatSize(5 * 1024 * 1024 + 300_000)).toBe('5,3 MB');
    speak('ar', 'ar');
    expect(formatSize(1260)).toBe(`${new Intl.NumberFormat('ar').format(1.2)} ${t('size_kilobytes', '').trim()}`);
  });

  it('keeps a regional variant’s own order, but never mixes languages', () => {
    expect(chooseFormatLocale('en-GB', 'en')).toBe('en-GB');
    expect(chooseFormatLocale('de_AT', 'de')).toBe('de-AT');
    // Portuguese words are not here: English words get English dates, not Portuguese ones.
    expect(chooseFormatLocale('pt-BR', 'en')).toBe('en');
    expect(chooseFormatLocale('zh-CN', 'zh-CN')).toBe('zh-CN');
    speak('en', 'en-GB');
    expect(formatLocale()).toBe('en-GB');
    const now = Date.parse('2026-06-10T12:00:00Z');
    expect(formatDateTime('2026-05-01T10:00:00Z', now, undefined, 'UTC')).toBe('1 May, 10:00');
    speak('de', 'de-DE');
    expect(formatDateTime('2026-05-01T10:00:00Z', now, undefined, 'UTC')).toBe('1. Mai, 10:00');
  });

  it('runs right to left in Arabic only', () => {
    speak('ar', 'ar');
    expect(textDirection()).toBe('rtl');
    speak('de', 'de');
    expect(textDirection()).toBe('ltr');
  });
});
