/*
 * The pseudo-locale: English made unmistakable and about 40 % longer, so an
 * e2e run (tests/e2e/pseudo-locale.spec.ts) can tell catalogue words from
 * hard-coded ones and show where long words break the layout. Placeholders
 * ($name$, $1) stay as they are; each message is wrapped in ⟦ ⟧.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķľɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĽṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!,
  ]),
);

/** Keys the code reads as settings, not words. */
const NOT_WORDS = new Set(['catalogueLocale', 'textDirection']);

export function pseudoMessage(message: string): string {
  const parts = message.split(/(\$[A-Za-z0-9_]+\$|\$\d)/);
  const letters = parts
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const visible = parts.filter((_, index) => index % 2 === 0).join('').length;
  const padding = '~'.repeat(Math.ceil(visible * 0.4));
  return `⟦${letters}${padding ? ` ${padding}` : ''}⟧`;
}

interface Entry {
  message: string;
}

export function pseudoCatalogue<E extends Entry>(english: Record<string, E>): Record<string, E> {
  return Object.fromEntries(
    Object.entries(english).map(([key, entry]) => [
      key,
      NOT_WORDS.has(key) ? entry : { ...entry, message: pseudoMessage(entry.message) },
    ]),
  );
}
