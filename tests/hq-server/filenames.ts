// File names as they leave the server: in Content-Disposition headers and as
// ZIP entry names. Both must survive hostile and non-ASCII artifact names.

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>`:
 * old clients read the first form, RFC 6266 clients prefer the second.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * unescaped, but RFC 5987 attr-chars exclude them.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * A name that cannot escape the extraction folder: path separators flattened,
 * `.`/`..` segments and leading slashes dropped, control characters removed.
 */
export function safeEntryName(name: string): string {
  const printable = [...name].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\x7f').join('');
  const segments = printable
    .split(/[/\\]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  return segments.join('_') || 'artifact';
}

/** `name (1).ext`, `name (2).ext`, … for names already taken (case-insensitively, as on Windows and macOS). */
export function dedupeNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 1; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
