/**
 * Invisible format characters (Unicode category Cf): bidi overrides and
 * isolates, the Arabic letter mark, soft hyphens, zero-width characters, tag
 * characters. HQ's strings are untrusted, and these let a name look like
 * something else — "report‮fdp.exe" shows as "report" + "exe.pdf" — or hide
 * characters in a file name. They carry no visible text, so they go.
 */
const INVISIBLE_FORMAT = /\p{Cf}/gu;

export function visibleText(text: string): string {
  return text.replace(INVISIBLE_FORMAT, '');
}
