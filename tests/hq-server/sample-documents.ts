// Non-image demo file contents: a valid PDF, hostile HTML/SVG, code in many
// languages and a large deterministic binary. Kept apart from demo-data.ts so
// that file reads as the list of what exists, not how bytes are made.

export function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/**
 * A one-page PDF with the given lines in Helvetica. Offsets in the xref table
 * must be exact byte positions, hence Latin-1 throughout (WinAnsi covers "é").
 */
export function makePdf(title: string, lines: readonly string[]): Uint8Array {
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\xff]/g, '?');
  const text = [`BT /F1 20 Tf 72 720 Td (${escape(title)}) Tj ET`]
    .concat(lines.map((line, i) => `BT /F1 12 Tf 72 ${684 - i * 18} Td (${escape(line)}) Tj ET`))
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** xorshift32: the same bytes on every run and machine, so tests can compare. */
export function deterministicBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state & 255;
    if (i + 1 < length) out[i + 1] = (state >>> 8) & 255;
    if (i + 2 < length) out[i + 2] = (state >>> 16) & 255;
    if (i + 3 < length) out[i + 3] = state >>> 24;
  }
  return out;
}

export const LARGE_FILE_BYTES = 5 * 1024 * 1024;
let largeFile: Uint8Array | undefined;
/** Generated once per process: reset() must stay cheap for tests that call it often. */
export function largeBinary(): Uint8Array {
  largeFile ??= deterministicBytes(LARGE_FILE_BYTES, 0x5eed_2026);
  return largeFile;
}

export function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number): string =>
    /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

// Tries to run script and reach the network: a viewer must sandbox it.
export const HOSTILE_HTML = `<!doctype html>
<html>
<head><meta charset="utf-8"><title>Interactive widget</title></head>
<body>
<h1>Interactive widget</h1>
<p>If this page can change the title or reach the network, the viewer is not sandboxed.</p>
<script>document.title='PWNED';fetch('http://127.0.0.1:1/beacon')</script>
<img src="http://127.0.0.1:1/x.png" onerror="document.title='PWNED';parent.postMessage('pwned','*')">
</body>
</html>
`;

export const HOSTILE_MD = `# Meeting notes

Markdown may carry raw HTML; the preview must treat it like any untrusted page.

<script>document.title='PWNED';fetch('http://127.0.0.1:1/md-beacon')</script>
<img src="http://127.0.0.1:1/md.png" onerror="document.title='PWNED';parent.postMessage('pwned','*')">

![tracking pixel](http://127.0.0.1:1/md-pixel.png)

<form action="http://127.0.0.1:1/md-form"><button>Send</button></form>

<link rel="prefetch" href="http://127.0.0.1:1/md-prefetch">
<link rel="dns-prefetch" href="http://127.0.0.1:1/md-dns">
<meta http-equiv="refresh" content="0;url=http://127.0.0.1:1/md-refresh">
`;

export const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120" onload="document.title='PWNED'">
  <script>fetch('http://127.0.0.1:1/svg-beacon');document.title='PWNED'</script>
  <rect width="120" height="120" rx="16" fill="#b91c1c"/>
  <text x="60" y="70" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">SVG</text>
</svg>
`;

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">
  <rect width="160" height="160" rx="32" fill="#0f172a"/>
  <circle cx="80" cy="80" r="46" fill="none" stroke="#38bdf8" stroke-width="12"/>
  <path d="M58 80h44M80 58v44" stroke="#f8fafc" stroke-width="10" stroke-linecap="round"/>
</svg>
`;

export function reportHtml(title: string, body: string): string {
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1e293b}h1{color:#0f766e}</style></head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>
`;
}

export const FORECAST_PY = `"""Quarterly revenue forecast with a simple linear trend."""
import csv
from statistics import linear_regression


def load(path: str) -> list[float]:
    with open(path, newline="") as f:
        return [float(row["revenue"]) for row in csv.DictReader(f)]


def forecast(history: list[float], quarters: int = 2) -> list[float]:
    xs = list(range(len(history)))
    slope, intercept = linear_regression(xs, history)
    return [intercept + slope * (len(history) + q) for q in range(quarters)]


if __name__ == "__main__":
    print(forecast(load("quarterly-revenue.csv")))
`;

export const REVENUE_SQL = `-- Revenue per region for Q3 2026
SELECT region,
       SUM(amount_eur) AS revenue,
       COUNT(DISTINCT customer_id) AS customers
FROM invoices
WHERE issued_at >= DATE '2026-07-01'
  AND issued_at <  DATE '2026-10-01'
GROUP BY region
ORDER BY revenue DESC;
`;

export const CAROUSEL_JS = `// Hero carousel: advances every 6 s, pauses while hovered.
export function startCarousel(root, intervalMs = 6000) {
  const slides = [...root.querySelectorAll('.slide')];
  let current = 0;
  let timer = setInterval(next, intervalMs);
  function next() {
    slides[current].classList.remove('active');
    current = (current + 1) % slides.length;
    slides[current].classList.add('active');
  }
  root.addEventListener('mouseenter', () => clearInterval(timer));
  root.addEventListener('mouseleave', () => (timer = setInterval(next, intervalMs)));
}
`;

export const API_CLIENT_TS = `export interface Product {
  id: string;
  name: string;
  priceCents: number;
}

export async function fetchProducts(baseUrl: string, signal?: AbortSignal): Promise<Product[]> {
  const response = await fetch(new URL('/products', baseUrl), { signal });
  if (!response.ok) throw new Error(\`products: HTTP \${response.status}\`);
  return (await response.json()) as Product[];
}
`;

export const STYLES_CSS = `:root { --brand: #0f766e; --ink: #0f172a; }
body { margin: 0; font-family: system-ui, sans-serif; color: var(--ink); }
.hero { min-height: 60vh; display: grid; place-items: center; background: linear-gradient(135deg, #ccfbf1, #e0f2fe); }
.hero h1 { font-size: clamp(2rem, 6vw, 4rem); color: var(--brand); }
.slide { display: none; } .slide.active { display: block; }
`;

export const SITE_CONFIG_YAML = `site:
  name: Example Co
  locale: en-GB
navigation:
  - label: Products
    href: /products
  - label: Pricing
    href: /pricing
carousel:
  interval_ms: 6000
  pause_on_hover: true
`;

export const SITEMAP_XML = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/</loc><changefreq>weekly</changefreq></url>
  <url><loc>https://example.com/products</loc><changefreq>daily</changefreq></url>
  <url><loc>https://example.com/pricing</loc><changefreq>monthly</changefreq></url>
</urlset>
`;

export const README_MD = `# Website redesign

## Goals
- Faster first paint (**< 1.5 s** on 4G)
- A hero carousel that respects \`prefers-reduced-motion\`
- Accessible colour contrast (WCAG AA)

## Files
| File | Purpose |
| --- | --- |
| \`styles.css\` | design tokens and layout |
| \`carousel.js\` | hero carousel |
| \`api-client.ts\` | product API client |

\`\`\`bash
npx serve .
\`\`\`
`;

export const DEPLOY_SH = `#!/usr/bin/env bash
# Nightly deploy of the reporting service.
set -euo pipefail
cd "$(dirname "$0")"
git pull --ff-only
npm ci
npm run build
systemctl restart reporting.service
echo "deployed $(git rev-parse --short HEAD)"
`;

export const METRICS_JSON = `${JSON.stringify(
  {
    run: '2026-06-12T02:00:00Z',
    duration_s: 412,
    jobs: [
      { name: 'ingest', status: 'ok', rows: 182340 },
      { name: 'aggregate', status: 'ok', rows: 5120 },
      { name: 'publish', status: 'warning', rows: 5120, note: 'slow upstream' },
    ],
  },
  null,
  2,
)}\n`;

export const NIGHTLY_TXT = `Nightly run — 2026-06-12
========================
ingest     ok       182,340 rows
aggregate  ok         5,120 rows
publish    warning    5,120 rows (slow upstream, 41 s)

No action needed.
`;

export const ARCHIVED_MD = `# Archived notes

The conversation these notes came from was deleted; the file was kept.

1. Renew the TLS certificate before **2026-08-01**.
2. Rotate the reporting service token.
`;

export const MARKDOWN_JA = `# 日本語メモ

- 売上は前年比 **12%** 増加
- 次回の会議: 6月18日
`;
