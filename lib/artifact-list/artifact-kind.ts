/**
 * Which gallery filter an artifact belongs to and how it can be previewed,
 * from its content type and its file extension — the same groups as HQ's own
 * Artifacts gallery (Images, HTML, Code, Files).
 */
export type ArtifactGroup = 'image' | 'html' | 'code' | 'file';
export type PreviewKind = 'image' | 'html' | 'code' | 'markdown' | 'table' | 'pdf' | 'text' | 'none';

export interface ArtifactKind {
  group: ArtifactGroup;
  preview: PreviewKind;
  /** Highlighter language for code previews. */
  language?: string;
  /** Short label for the type icon, e.g. "PNG", "PY". */
  label: string;
}

interface KindRule {
  types: string[];
  extensions: string[];
  kind: ArtifactKind;
}

const code = (language: string, label: string): ArtifactKind => ({ group: 'code', preview: 'code', language, label });

const RULES: KindRule[] = [
  { types: ['image/png'], extensions: ['png'], kind: { group: 'image', preview: 'image', label: 'PNG' } },
  {
    types: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg'],
    kind: { group: 'image', preview: 'image', label: 'JPG' },
  },
  { types: ['image/gif'], extensions: ['gif'], kind: { group: 'image', preview: 'image', label: 'GIF' } },
  { types: ['image/svg+xml'], extensions: ['svg'], kind: { group: 'image', preview: 'image', label: 'SVG' } },
  { types: ['image/webp'], extensions: ['webp'], kind: { group: 'image', preview: 'image', label: 'WEBP' } },
  {
    types: ['text/html', 'application/xhtml+xml'],
    extensions: ['html', 'htm', 'xhtml'],
    kind: { group: 'html', preview: 'html', label: 'HTML' },
  },
  {
    types: ['text/x-python', 'application/x-python', 'text/x-script.python', 'text/python'],
    extensions: ['py', 'pyw'],
    kind: code('python', 'PY'),
  },
  {
    types: ['text/javascript', 'application/javascript', 'application/x-javascript', 'text/ecmascript'],
    extensions: ['js', 'mjs', 'cjs', 'jsx'],
    kind: code('javascript', 'JS'),
  },
  {
    types: ['application/typescript', 'text/typescript', 'text/x-typescript', 'application/x-typescript'],
    extensions: ['ts', 'tsx', 'mts', 'cts'],
    kind: code('typescript', 'TS'),
  },
  {
    types: ['application/json', 'text/json', 'application/ld+json'],
    extensions: ['json', 'jsonl', 'geojson'],
    kind: code('json', 'JSON'),
  },
  {
    types: ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'],
    extensions: ['yaml', 'yml'],
    kind: code('yaml', 'YAML'),
  },
  { types: ['application/xml', 'text/xml'], extensions: ['xml', 'xsd', 'xsl'], kind: code('xml', 'XML') },
  { types: ['text/css'], extensions: ['css'], kind: code('css', 'CSS') },
  { types: ['application/sql', 'text/x-sql', 'application/x-sql'], extensions: ['sql'], kind: code('sql', 'SQL') },
  {
    types: ['text/markdown', 'text/x-markdown'],
    extensions: ['md', 'markdown'],
    kind: { group: 'code', preview: 'markdown', language: 'markdown', label: 'MD' },
  },
  {
    types: ['application/x-sh', 'text/x-shellscript', 'application/x-shellscript', 'text/x-sh'],
    extensions: ['sh', 'bash', 'zsh'],
    kind: code('bash', 'SH'),
  },
  {
    types: ['text/csv', 'application/csv'],
    extensions: ['csv'],
    kind: { group: 'file', preview: 'table', label: 'CSV' },
  },
  {
    types: ['text/tab-separated-values'],
    extensions: ['tsv', 'tab'],
    kind: { group: 'file', preview: 'table', label: 'TSV' },
  },
  { types: ['application/pdf'], extensions: ['pdf'], kind: { group: 'file', preview: 'pdf', label: 'PDF' } },
  { types: ['text/plain'], extensions: ['txt', 'log'], kind: { group: 'file', preview: 'text', label: 'TXT' } },
];

/** Types that say nothing about the format: fall back to the extension. */
const VAGUE_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'text/plain',
  'application/x-download',
]);

/**
 * What follows a name's last dot, lower-cased, if it looks like an extension:
 * letters and digits, at least one letter, at most 11 — "Meeting 10.05" and
 * "Dr. Who" have none. Trailing dots and spaces are ignored, as Windows and
 * sanitizeFileName drop them: "report.pdf.exe." is saved as an .exe.
 */
export function fileExtension(name: string): string {
  const base =
    name
      .replace(/[.\s]+$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return /^(?=.*\p{L})[\p{L}\p{N}]{1,11}$/u.test(extension) ? extension : '';
}

/** The kind a content type claims on its own; undefined for a vague or unknown type. */
export function declaredKind(contentType: string): ArtifactKind | undefined {
  const type = mediaType(contentType);
  return VAGUE_TYPES.has(type) ? undefined : RULES.find((rule) => rule.types.includes(type))?.kind;
}

/**
 * The kind of an artifact. The name decides when it has an extension, as
 * that is what the saved file will be opened as; HQ's content type decides
 * only when the name has no extension, or agrees with it. So:
 * - no extension: the content type's kind (or text / plain file);
 * - a known extension: its kind, whatever the content type claims — a PNG
 *   named "chart.txt" is shown, filtered and previewed as text;
 * - an unknown extension (.exe, .docx): labelled with the extension itself
 *   and never previewed as the content type's kind — "report.exe" sent as
 *   application/pdf is "EXE", download only. Only a text/* type with an
 *   extension we do not know ("main.go" as text/x-go) keeps a plain-text
 *   preview: showing the bytes as text cannot pass a file off as another kind.
 */
export function artifactKind(contentType: string, name: string): ArtifactKind {
  const extension = fileExtension(name);
  const byExtension = extension ? RULES.find((rule) => rule.extensions.includes(extension))?.kind : undefined;
  if (byExtension) return byExtension;
  if (!extension) {
    const byType = declaredKind(contentType);
    if (byType) return byType;
  }
  // Short enough for the type icon; whole code points, so an astral letter is never cut in half.
  const label = Array.from(extension || 'FILE')
    .slice(0, 4)
    .join('')
    .toUpperCase();
  if (mediaType(contentType).startsWith('text/'))
    return { group: 'file', preview: 'text', label: extension ? label : 'TXT' };
  return { group: 'file', preview: 'none', label };
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}
