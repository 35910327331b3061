import { sanitizeFileName } from '@/lib/file-jobs/file-name';

/**
 * Safe, unique entry names for a ZIP: each name sanitized, and names that
 * would collide (case-insensitively, as on Windows and macOS) numbered like
 * browsers number downloads: `chart.png`, `chart (1).png`, `chart (2).png`.
 * With `folders`, each entry goes into its (sanitized) folder, and names only
 * collide within one folder.
 */
export function uniqueNames(
  names: readonly string[],
  reserved: readonly string[] = [],
  folders?: readonly (string | null)[],
): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return names.map((raw, index) => {
    const folder = folders?.[index];
    const prefix = folder ? `${sanitizeFileName(folder, 'Untitled')}/` : '';
    const safe = sanitizeFileName(raw);
    const dot = safe.lastIndexOf('.');
    const [base, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
    let candidate = prefix + safe;
    for (let n = 1; taken.has(candidate.toLowerCase()); n++) candidate = `${prefix}${base} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
