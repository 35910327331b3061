import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatExactTime,
  formatRelativeTime,
  formatSize,
  middleTruncate,
  splitExtension,
} from '@/lib/artifact-list/format';

describe('formatSize', () => {
  it('reads like a person would say it', () => {
    expect(
      [0, 1, 512, 1023, 1024, 1260, 81_234, 5 * 1024 * 1024 + 300_000, 3 * 1024 ** 3].map((bytes) => formatSize(bytes)),
    ).toEqual(['0 B', '1 B', '512 B', '1,023 B', '1 KB', '1.2 KB', '79 KB', '5.3 MB', '3 GB']);
  });
  it('does not print nonsense for bad input', () => {
    expect(formatSize(-1)).toBe('—');
    expect(formatSize(Number.NaN)).toBe('—');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('uses short relative words for recent times', () => {
    expect(formatRelativeTime('2026-06-10T11:59:30Z', now, 'en')).toBe('just now');
    expect(formatRelativeTime('2026-06-10T11:55:00Z', now, 'en')).toBe('5 min. ago');
    expect(formatRelativeTime('2026-06-10T09:00:00Z', now, 'en')).toBe('3 hr. ago');
    expect(formatRelativeTime('2026-06-09T10:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelativeTime('2026-06-06T10:00:00Z', now, 'en')).toBe('4 days ago');
  });
  it('uses a date for older times, with the year only when it differs', () => {
    expect(formatRelativeTime('2026-05-01T10:00:00Z', now, 'en')).toBe('May 1');
    expect(formatRelativeTime('2025-05-01T10:00:00Z', now, 'en')).toBe('May 1, 2025');
  });
  it('is empty for an unreadable time', () => {
    expect(formatRelativeTime('not a date', now)).toBe('');
    expect(formatExactTime('not a date')).toBe('');
  });
});

describe('formatDateTime', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('always shows the time, with the day in words when it is today or yesterday', () => {
    expect(formatDateTime('2026-06-10T09:05:00Z', now, 'en-GB', 'UTC')).toBe('Today, 09:05');
    expect(formatDateTime('2026-06-09T23:59:00Z', now, 'en-GB', 'UTC')).toBe('Yesterday, 23:59');
    expect(formatDateTime('2026-05-01T14:30:00Z', now, 'en-GB', 'UTC')).toBe('1 May, 14:30');
    expect(formatDateTime('2025-05-01T14:30:00Z', now, 'en-GB', 'UTC')).toBe('1 May 2025, 14:30');
  });
  it('tells apart two files made minutes apart', () => {
    expect(formatDateTime('2026-05-01T14:30:00Z', now, 'en-GB', 'UTC')).not.toBe(
      formatDateTime('2026-05-01T14:34:00Z', now, 'en-GB', 'UTC'),
    );
  });
  it("counts days in the person's time zone, not UTC", () => {
    // 23:30 UTC on the 9th is already the 10th in Tokyo.
    expect(formatDateTime('2026-06-09T23:30:00Z', now, 'en-GB', 'Asia/Tokyo')).toBe('Today, 08:30');
  });
  it('says nothing for a date it cannot read', () => {
    expect(formatDateTime('not a date', now)).toBe('');
  });
});

describe('middleTruncate', () => {
  const graphemes = (text: string) =>
    Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

  it('leaves a name that fits alone', () => {
    expect(middleTruncate('q3-revenue.pdf', 60)).toBe('q3-revenue.pdf');
    expect(middleTruncate('a'.repeat(60), 60)).toBe('a'.repeat(60));
  });

  it('keeps the start and the real extension of the disguised name, cutting the fillers', () => {
    const shown = middleTruncate(`Q3-report.pdf${'\u3164'.repeat(40)}.exe`, 30);
    expect(shown.startsWith('Q3-report.pdf')).toBe(true);
    expect(shown.endsWith('.exe')).toBe(true);
    expect(shown).toContain('…');
    expect(graphemes(shown).length).toBeLessThanOrEqual(30);
  });

  it('cuts in the middle, keeping the extension and enough of the end to tell versions apart', () => {
    const name = 'Quarterly revenue by region and product line, final v2.xlsx';
    expect(middleTruncate(name, 40)).toBe('Quarterly revenue by regio…final v2.xlsx');
    expect(graphemes(middleTruncate(name, 40)).length).toBe(40);
    expect(middleTruncate(`${'x'.repeat(80)}-v3.pdf`, 30)).toMatch(/…x*-v3\.pdf$/);
  });

  it('keeps a long extension whole, up to 12 characters', () => {
    expect(middleTruncate(`${'a'.repeat(80)}.webmanifest`, 20).endsWith('.webmanifest')).toBe(true);
  });

  it('never splits a surrogate pair, an emoji sequence, a flag or a letter from its accents', () => {
    for (const unit of ['😀', '👨‍👩‍👧‍👦', '🇺🇸', 'é', 'Ṱ̺̺̕', '𠜎']) {
      for (const max of [7, 8, 9, 10, 11, 20]) {
        const shown = middleTruncate(`${unit.repeat(30)}.png`, max);
        expect(shown, `${unit} ${max}`).not.toMatch(/\p{Cs}/u);
        expect(graphemes(shown).length, `${unit} ${max}`).toBeLessThanOrEqual(max);
        expect(
          graphemes(shown).every((g) => g === unit || g === '…' || '.png'.includes(g)),
          `${unit} ${max}`,
        ).toBe(true);
        expect(shown.endsWith('.png'), `${unit} ${max}`).toBe(true);
      }
    }
  });

  it('stays within tiny limits', () => {
    expect(middleTruncate('report.pdf', 3)).toMatch(/^.….$/);
    expect(middleTruncate('report.pdf', 1)).toBe('r');
    expect(middleTruncate('report.pdf', 0)).toBe('');
  });
});

describe('splitExtension', () => {
  it('splits before the last dot, keeping whitespace with the start', () => {
    expect(splitExtension('Q3-report.pdf .exe')).toEqual(['Q3-report.pdf ', '.exe']);
    expect(splitExtension('archive.tar.gz')).toEqual(['archive.tar', '.gz']);
  });

  it('has no extension for dot-files, names without a dot, or a long dot-suffix', () => {
    expect(splitExtension('.bashrc')).toEqual(['.bashrc', '']);
    expect(splitExtension('README')).toEqual(['README', '']);
    expect(splitExtension('Dr. Who and the very long sentence')).toEqual(['Dr. Who and the very long sentence', '']);
  });
});

describe('middleTruncate by drawn width', () => {
  const width = (text: string) =>
    [...new Intl.Segmenter().segment(text)].reduce(
      (sum, { segment }) =>
        sum +
        (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Extended_Pictographic}]/u.test(segment) ? 2 : 1),
      0,
    );

  it('counts a CJK character or an emoji as two letters, so a Japanese name keeps its extension in the same room', () => {
    const name = '四半期売上レポート最終版改訂済み承認済み取締役会配布用.xlsx';
    const shown = middleTruncate(name, 25);
    expect(shown.endsWith('.xlsx')).toBe(true);
    expect(shown).toContain('…');
    expect(width(shown)).toBeLessThanOrEqual(25);
    expect(name.startsWith(shown.slice(0, shown.indexOf('…')))).toBe(true);
  });

  it('never splits an emoji, and leaves a name that fits alone', () => {
    const shown = middleTruncate('📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊.png', 20);
    expect(shown).toMatch(/^(📊)+…(📊)*\.png$/u);
    expect(width(shown)).toBeLessThanOrEqual(20);
    expect(middleTruncate('売上.pdf', 25)).toBe('売上.pdf');
  });
});
