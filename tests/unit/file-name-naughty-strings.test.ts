import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '@/lib/file-jobs/file-name';
import { NAUGHTY_STRINGS } from './untrusted-text-naughty-strings';

/** Characters a saved name must not have: unseen ones (controls, format, default-ignorable, blank-looking, whitespace other than a space) and path separators. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0\u2800\u{1D159}]|[^\S ]/u;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const bytes = (text: string) => new TextEncoder().encode(text).length;

function expectSafe(saved: string, from: string): void {
  const why = JSON.stringify(from);
  expect(saved, why).not.toBe('');
  expect(saved, why).not.toMatch(/[\\/]/);
  expect(saved, why).not.toContain('..');
  expect(saved, why).not.toMatch(UNSEEN);
  expect(saved, why).not.toMatch(/^[ .]|[ .]$| {2}/);
  expect(saved, why).not.toMatch(WINDOWS_DEVICE);
  expect(saved, why).not.toMatch(/\p{Cs}/u); // no surrogate cut in half
  expect(bytes(saved), why).toBeLessThanOrEqual(180);
}

describe('sanitizeFileName on the Big List of Naughty Strings', () => {
  it('saves every line, bare, as a safe name', () => {
    for (const naughty of NAUGHTY_STRINGS) expectSafe(sanitizeFileName(naughty), naughty);
  });

  it('keeps a real extension after every line', () => {
    for (const naughty of NAUGHTY_STRINGS) {
      for (const name of [`${naughty} report.pdf`, `report ${naughty}.exe`]) {
        const saved = sanitizeFileName(name);
        expectSafe(saved, name);
        expect(saved.slice(-4), JSON.stringify(name)).toBe(name.slice(-4));
      }
    }
  });
});
