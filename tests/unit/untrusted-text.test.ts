import { describe, expect, it } from 'vitest';
import { visibleText } from '@/lib/hq/untrusted-text';
import { NAUGHTY_STRINGS } from './untrusted-text-naughty-strings';

/** The name: a PDF-looking start, 40 Hangul fillers, and the real extension. */
const DISGUISED = `Q3-report.pdf${'\u3164'.repeat(40)}.exe`;

/** What the eye cannot see: controls, format characters, default-ignorables, blank-looking letters, whitespace other than a plain space. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0\u2800\u{1D159}]|[^\S ]/u;

describe('visibleText', () => {
  it('shows the disguised name with its real extension, the fillers gone', () => {
    expect(visibleText(DISGUISED)).toBe('Q3-report.pdf .exe');
  });

  it('turns each blank-looking letter into one space', () => {
    for (const blank of ['\u115F', '\u1160', '\u3164', '\uFFA0', '\u2800', '\u{1D159}']) {
      const hex = blank.codePointAt(0)!.toString(16);
      expect(visibleText(`Q3-report.pdf${blank.repeat(40)}.exe`), hex).toBe('Q3-report.pdf .exe');
      expect(visibleText(`a${blank}b`), hex).toBe('a b');
      expect(visibleText(`${blank}${blank}`), hex).toBe('');
    }
  });

  it('collapses runs of whitespace of any kind, and trims', () => {
    expect(visibleText('  a \t\n b\u00a0\u2003\u3000\u2028c  ')).toBe('a b c');
    expect(visibleText('report\u0000\u0007.exe')).toBe('report .exe'); // controls draw nothing: a space keeps the parts apart
  });

  it('removes invisible characters without leaving a gap', () => {
    expect(visibleText('in\u00advoice\u200b.pdf')).toBe('invoice.pdf');
    expect(visibleText('Quarterly report\u202efdp.exe')).toBe('Quarterly reportfdp.exe');
    expect(visibleText('a\u034fb\u17b4c\u180bd\ufe00e\u{e0100}f\u{1d173}g\u2061h\u{e0020}i\ufeff')).toBe('abcdefghi');
  });

  it('leaves visible scripts, marks and emoji alone', () => {
    for (const text of [
      '사회과학원 어학연구소',
      'תקרית.pdf',
      'تقرير.pdf',
      'résumé (final).pdf',
      '😍 👩🏽 🇺🇸',
      '田中さんにあげて下さい',
      'Ṱ̺̺̕o͞',
    ]) {
      expect(visibleText(text)).toBe(text);
    }
  });

  it('keeps every visible character of the Big List of Naughty Strings, in order, and nothing unseen', () => {
    for (const naughty of NAUGHTY_STRINGS) {
      const shown = visibleText(naughty);
      expect(shown, JSON.stringify(naughty)).not.toMatch(UNSEEN);
      expect(shown, JSON.stringify(naughty)).not.toMatch(/^ | $| {2}/);
      const seen = (text: string) =>
        Array.from(text)
          .filter((char) => !UNSEEN.test(char) && char !== ' ')
          .join('');
      expect(seen(shown), JSON.stringify(naughty)).toBe(seen(naughty));
    }
  });
});
