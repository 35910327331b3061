import { marked } from 'marked';

/**
 * Markdown to HTML, shown exactly like an HTML artifact: in the sandboxed,
 * network-less iframe (no scripts, no requests, no forms), which is what
 * keeps untrusted markup harmless — raw HTML inside Markdown included.
 */
export function renderMarkdown(source: string): string {
  // Notes in Arabic or Hebrew read right to left whatever the extension's own language: the text decides.
  return `<div dir="auto">${marked.parse(source, { async: false, gfm: true })}</div>`;
}

export const MARKDOWN_CSS = `body{font:14px/1.55 system-ui,sans-serif;margin:16px;color:#15181e;background:#fff}
pre,code{font-family:ui-monospace,monospace;font-size:12.5px;background:#f0f2f5;border-radius:4px}
pre{padding:10px;overflow:auto}code{padding:1px 4px}table{border-collapse:collapse}td,th{border:1px solid #dde1e7;padding:4px 8px}
img{max-width:100%}
@media (prefers-color-scheme:dark){body{color:#e7e9ee;background:#171a21}pre,code{background:#1f232c}td,th{border-color:#2b303b}a{color:#a5b4fc}}`;
