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
  { types: ['image/jpeg', 'image/jpg', 'image/pjpeg'], extensions: ['jpg', 'jpeg'], kind: { group: 'image', preview: 'image', label: 'JPG' } },
  { types: ['image/gif'], extensions: ['gif'], kind: { group: 'image', preview: 'image', label: 'GIF' } },
  { types: ['image/svg+xml'], extensions: ['svg'], kind: { group: 'image', preview: 'image', label: 'SVG' } },
  { types: ['image/webp'], extensions: ['webp'], kind: { group: 'image', preview: 'image', label: 'WEBP' } },
  { types: ['text/html', 'application/xhtml+xml'], extensions: ['html', 'htm', 'xhtml'], kind: { group: 'html', preview: 'html', label: 'HTML' } },
  { types: ['text/x-python', 'application/x-python', 'text/x-script.python', 'text/python'], extensions: ['py', 'pyw'], kind: code('python', 'PY') },
  { types: ['text/javascript', 'application/javascript', 'application/x-javascript', 'text/ecmascript'], extensions: ['js', 'mjs', 'cjs', 'jsx'], kind: code('javascript', 'JS') },
  { types: ['application/typescript', 'text/typescript', 'text/x-typescript', 'application/x-typescript'], extensions: ['ts', 'tsx', 'mts', 'cts'], kind: code('typescript', 'TS') },
  { types: ['application/json', 'text/json', 'application/ld+json'], extensions: ['json', 'jsonl', 'geojson'], kind: code('json', 'JSON') },
  { types: ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'], extensions: ['yaml', 'yml'], kind: code('yaml', 'YAML') },
  { types: ['application/xml', 'text/xml'], extensions: ['xml', 'xsd', 'xsl'], kind: code('xml', 'XML') },
  { types: ['text/css'], extensions: ['css'], kind: code('css', 'CSS') },
  { types: ['application/sql', 'text/x-sql', 'application/x-sql'], extensions: ['sql'], kind: code('sql', 'SQL') },
  { types: ['text/markdown', 'text/x-markdown'], extensions: ['md', 'markdown'], kind: { group: 'code', preview: 'markdown', language: 'markdown', label: 'MD' } },
  { types: ['application/x-sh', 'text/x-shellscript', 'application/x-shellscript', 'text/x-sh'], extensions: ['sh', 'bash', 'zsh'], kind: code('bash', 'SH') },
  { types: ['text/csv', 'application/csv'], extensions: ['csv'], kind: { group: 'file', preview: 'table', label: 'CSV' } },
  { types: ['text/tab-separated-values'], extensions: ['tsv', 'tab'], kind: { group: 'file', preview: 'table', label: 'TSV' } },
  { types: ['application/pdf'], extensions: ['pdf'], kind: { group: 'file', preview: 'pdf', label: 'PDF' } },
  { types: ['text/plain'], extensions: ['txt', 'log'], kind: { group: 'file', preview: 'text', label: 'TXT' } },
];

/** Types that say nothing about the format: fall back to the extension. */
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'text/plain', 'application/x-download']);

export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function artifactKind(contentType: string, name: string): ArtifactKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!VAGUE_TYPES.has(type)) {
    const byType = RULES.find((rule) => rule.types.includes(type));
    if (byType) return byType.kind;
  }
  const extension = fileExtension(name);
  const byExtension = extension ? RULES.find((rule) => rule.extensions.includes(extension)) : undefined;
  if (byExtension) return byExtension.kind;
  if (type === 'text/plain' || type.startsWith('text/')) return { group: 'file', preview: 'text', label: 'TXT' };
  return { group: 'file', preview: 'none', label: (extension || 'FILE').slice(0, 4).toUpperCase() };
}
