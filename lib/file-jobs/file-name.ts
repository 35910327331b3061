import { visibleText } from '@/lib/hq/untrusted-text';

/**
 * Makes an artifact name safe to use as a downloaded file name on every OS:
 * no directories or `..`, no control, reserved, invisible or blank-looking
 * characters, no Windows device names, a bounded length — and the extension
 * kept, so the file still opens with the right program, and the name shows
 * what it is. Artifact names are untrusted input.
 */
const MAX_BYTES = 180;
// Control characters are exactly what this must match.
// eslint-disable-next-line no-control-regex
const RESERVED_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Control characters other than whitespace: marked with "_" where they were, not turned into spaces as on screen. */
const HIDDEN_CONTROL = /(?!\s)\p{Cc}/gu;

export function sanitizeFileName(name: string, fallback = 'artifact'): string {
  // Invisible and blank-looking characters first (untrusted-text.ts): a bidi override would otherwise show a
  // fake extension, and a run of Hangul fillers would push the real one out of sight.
  let safe = visibleText(name.replace(HIDDEN_CONTROL, '_'))
    .normalize('NFC')
    // A leading path ("/etc/", "../", "C:\\") is dropped rather than turned into underscores.
    .replace(/^(?:[a-z]:)?[\s./\\]+/i, '')
    .replace(RESERVED_CHARS, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots hide files; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!safe || /^_+$/.test(safe)) safe = fallback;
  if (WINDOWS_DEVICE.test(safe)) safe = `_${safe}`;
  return truncateKeepingExtension(safe, MAX_BYTES);
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function truncateKeepingExtension(name: string, maxBytes: number): string {
  if (byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 12 ? name.slice(dot) : '';
  let base = extension ? name.slice(0, dot) : name;
  // Cut whole code points (Array.from) so no character is split in half.
  const chars = Array.from(base);
  while (chars.length > 1 && byteLength(chars.join('') + extension) > maxBytes) chars.pop();
  base = chars.join('').trimEnd();
  return base + extension;
}
