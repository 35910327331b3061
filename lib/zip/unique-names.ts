import { sanitizeFileName } from '@/lib/downloads/file-name';

/**
 * Safe, unique entry names for a ZIP: each name sanitized, and names that
 * would collide (case-insensitively, as on Windows and macOS) numbered like
 * browsers number downloads: `chart.png`, `chart (1).png`, `chart (2).png`.
 */
export function uniqueNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return names.map((raw) => {
    const safe = sanitizeFileName(raw);
    const dot = safe.lastIndexOf('.');
    const [base, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
    let candidate = safe;
    for (let n = 1; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
