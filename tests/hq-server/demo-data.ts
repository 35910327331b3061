// The deterministic workspace the stand-in serves: fixed ids and 2026
// timestamps so tests and screenshots are stable, and one case for each edge
// the extension must survive (duplicates, hostile names, detached, huge, …).
import { encodeGif, encodeJpeg, encodePng, encodeWebp, Raster, type Rgb } from './sample-images';
import * as doc from './sample-documents';
import type { Agent, Artifact, Conversation, DemoData, Message, User } from './types';

export const uuid = (prefix: string, n: number): string =>
  `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const WORKSPACE_ID = uuid('f0000000', 1);

export const USER_IDS = {
  ada: uuid('e0000000', 1),
  grace: uuid('e0000000', 2),
  alan: uuid('e0000000', 3),
} as const;

export const CONVERSATION_IDS = {
  q3Revenue: uuid('c0000000', 1),
  websiteRedesign: uuid('c0000000', 2),
  untitled: uuid('c0000000', 3),
  weeklySync: uuid('c0000000', 4), // no artifacts
  chartExports: uuid('c0000000', 5), // duplicate names
  international: uuid('c0000000', 6), // non-ASCII names
  securityReview: uuid('c0000000', 7), // hostile names and content
  largeExport: uuid('c0000000', 8), // the 5 MiB file
  quickQuestion: uuid('c0000000', 9), // a "fast" thread: hidden from the default list
  benchmark: uuid('c0000000', 0xff), // only when artifactCount > 0
} as const;

/** Generated ids stay apart from the demo's: conversations c1000000-…, artifacts a2000000-…, artifacts added by tests a3000000-…. */
export const WORKSPACE_ID_PREFIXES = { conversation: 'c1000000', artifact: 'a2000000', added: 'a3000000' } as const;

/** Adds minutes to an RFC 3339 timestamp, keeping HQ's second-precision form. */
export function at(iso: string, plusMinutes = 0): string {
  return new Date(Date.parse(iso) + plusMinutes * 60_000).toISOString().replace('.000Z', 'Z');
}

function avatar(initials: string, color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="32" fill="${color}"/><text x="32" y="41" font-family="sans-serif" font-size="24" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  // A data: URL so pages showing avatars never reach outside the machine.
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const AGENTS = {
  finance: {
    id: uuid('b0000000', 1),
    slug: 'finance-analyst',
    display_name: 'Finance Analyst',
    avatar_url: avatar('FA', '#0f766e'),
  },
  design: {
    id: uuid('b0000000', 2),
    slug: 'design-studio',
    display_name: 'Design Studio',
    avatar_url: avatar('DS', '#7c3aed'),
  },
  ops: { id: uuid('b0000000', 3), slug: 'ops-bot', display_name: 'Ops Bot', avatar_url: avatar('OB', '#b45309') },
  viz: { id: uuid('b0000000', 4), slug: 'data-viz', display_name: 'Data Viz', avatar_url: avatar('DV', '#1d4ed8') },
} satisfies Record<string, Agent>;

const USERS: User[] = [
  { id: USER_IDS.ada, display_name: 'Ada Lovelace', email: 'ada@example.com', persona: 'Data analyst' },
  { id: USER_IDS.grace, display_name: 'Grace Hopper', email: 'grace@example.com', persona: 'Engineer' },
  { id: USER_IDS.alan, display_name: 'Alan Turing', email: 'alan@example.com', persona: 'Guest' },
];

// ------------------------------------------------------------ pictures

function barChart(width: number, height: number, values: readonly number[], color: Rgb): Raster {
  const raster = new Raster(width, height, [255, 255, 255]);
  const base = height - 16;
  raster.fillRect(16, 8, 2, base - 8, [100, 116, 139]).fillRect(16, base, width - 24, 2, [100, 116, 139]);
  const slot = Math.floor((width - 40) / values.length);
  values.forEach((v, i) => raster.fillRect(28 + i * slot, base - v, slot - 12, v, color));
  return raster;
}

function mockup(): Raster {
  const r = new Raster(160, 96, [248, 250, 252]);
  r.fillRect(0, 0, 160, 16, [15, 23, 42])
    .fillRect(8, 24, 144, 32, [204, 251, 241])
    .fillRect(48, 32, 64, 16, [15, 118, 110]);
  [8, 56, 104].forEach((x) => r.fillRect(x, 64, 48, 24, [224, 242, 254]));
  return r;
}

function spinner(): Raster {
  const r = new Raster(48, 48, [255, 255, 255]);
  for (let y = 0; y < 48; y++) {
    for (let x = 0; x < 48; x++) {
      const d = Math.hypot(x - 23.5, y - 23.5);
      const angle = Math.atan2(y - 23.5, x - 23.5);
      if (d > 14 && d < 21) r.fillRect(x, y, 1, 1, angle > 0 ? [124, 58, 237] : [221, 214, 254]);
    }
  }
  return r;
}

function stripes(): Raster {
  const r = new Raster(128, 64, [15, 118, 110]);
  for (let y = 0; y < 64; y++) {
    for (let x = 0; x < 128; x++) if ((x + y) % 32 < 12) r.fillRect(x, y, 1, 1, [250, 204, 21]);
  }
  return r;
}

// ------------------------------------------------------------ builders

interface ArtifactSpec {
  name: string;
  type: string;
  body: Uint8Array | string;
  caption?: string;
  sensitive?: boolean;
}

/** Attaches artifacts three minutes apart so every created_at is distinct. */
function attach(
  nextId: () => string,
  conversationId: string | null,
  start: string,
  specs: readonly ArtifactSpec[],
): Artifact[] {
  return specs.map((spec, i) => ({
    id: nextId(),
    name: spec.name,
    content_type: spec.type,
    caption: spec.caption ?? null,
    sensitive: spec.sensitive ?? false,
    created_at: at(start, i * 3),
    conversation_id: conversationId,
    bytes: typeof spec.body === 'string' ? doc.utf8(spec.body) : spec.body,
  }));
}

function chat(start: string, lines: readonly string[]): Message[] {
  // Alternate user / agent, ten minutes apart: conversations read naturally.
  return lines.map((text, i) => ({ author: i % 2 === 0 ? 'user' : 'agent', text, at: at(start, i * 10) }));
}

function conversation(
  fields: Omit<Conversation, 'participants' | 'read_only' | 'surface' | 'mode' | 'last_activity_at'> &
    Partial<Pick<Conversation, 'participants' | 'read_only' | 'surface' | 'mode'>>,
): Conversation {
  const last = fields.messages.at(-1);
  return {
    mode: 'standard',
    surface: 'web',
    read_only: false,
    participants: {},
    ...fields,
    last_activity_at: last ? last.at : '2026-06-01T00:00:00Z',
  };
}

const LONG_NAME = `${'quarterly-board-pack-final-revised-approved-'.repeat(7).slice(0, 300)}.txt`;

export interface DemoDataOptions {
  /** Extra artifacts in one "Benchmark" conversation, newer than everything else. */
  artifactCount?: number;
  /** A large workspace beside the demo one: generated conversations holding generated artifacts. */
  workspace?: WorkspaceSize;
}

export function createDemoData(options: DemoDataOptions = {}): DemoData {
  let counter = 0;
  const nextId = (): string => uuid('a0000000', ++counter);
  const ids = CONVERSATION_IDS;

  const conversations: Conversation[] = [
    conversation({
      id: ids.q3Revenue,
      title: 'Q3 revenue analysis',
      channel_kind: 'web',
      agent: AGENTS.finance,
      messages: chat('2026-06-10T08:40:00Z', [
        'Can you break down Q3 revenue by region and draft a board summary?',
        'Done: a region chart, the raw quarterly figures, a forecast script and the SQL I used. The board summary is a PDF.',
        'Please also include the salary table, marked confidential.',
        'Added salaries-2026.csv and flagged it as sensitive.',
      ]),
    }),
    conversation({
      id: ids.websiteRedesign,
      title: 'Website redesign',
      channel_kind: 'slack',
      surface: 'channel',
      read_only: true,
      participants: {
        U01ADA: { name: 'Ada Lovelace', avatar_url: null },
        U02GRACE: { name: 'Grace Hopper', avatar_url: null },
      },
      agent: AGENTS.design,
      messages: chat('2026-06-08T13:00:00Z', [
        '<@U02GRACE> and I need a fresh homepage: mockup, logo and a first cut of the code.',
        'Here is the mockup, logo, banner, a spinner and the landing page with its CSS, JS and TS client.',
        'Looks great — ship the config and sitemap too.',
      ]),
    }),
    conversation({
      id: ids.untitled,
      title: null,
      channel_kind: 'schedule',
      agent: AGENTS.ops,
      messages: chat('2026-06-12T02:00:00Z', [
        'Nightly run',
        'Nightly run finished with one warning; report and metrics attached.',
      ]),
    }),
    conversation({
      id: ids.weeklySync,
      title: 'Weekly status sync',
      channel_kind: 'teams',
      surface: 'channel',
      read_only: true,
      participants: {
        U01ADA: { name: 'Ada Lovelace', avatar_url: null },
        U02GRACE: { name: 'Grace Hopper', avatar_url: null },
        U03ALAN: { name: 'Alan Turing', avatar_url: null },
      },
      agent: AGENTS.ops,
      messages: chat('2026-06-11T15:00:00Z', [
        'Status round: anything blocked?',
        'Nothing blocked. Deploy went out on Tuesday, metrics look normal.',
        'Thanks all — same time next week.',
        'Noted. No files this week.',
      ]),
    }),
    conversation({
      id: ids.chartExports,
      title: 'Chart exports',
      channel_kind: 'web',
      agent: AGENTS.viz,
      messages: chat('2026-06-09T10:00:00Z', [
        'Export the weekly chart and report, then redo both with the corrected numbers.',
        'Exported chart.png and report.html twice: first with the old numbers, then corrected.',
      ]),
    }),
    conversation({
      id: ids.international,
      title: 'Marktanalyse Überblick – 数据',
      channel_kind: 'web',
      surface: 'extension',
      agent: AGENTS.finance,
      messages: chat('2026-06-05T07:30:00Z', [
        'Bitte die Marktdaten als CSV, und mein résumé als PDF.',
        'Voilà : Überblick – 数据.csv, résumé.pdf und eine Notiz auf Japanisch.',
      ]),
    }),
    conversation({
      id: ids.securityReview,
      title: 'Security review',
      channel_kind: 'web',
      agent: AGENTS.ops,
      messages: chat('2026-06-03T16:00:00Z', [
        'Produce files with awkward names and hostile content so we can test our viewers.',
        'Done: path traversal names, a Windows device name, a 300-character name, quotes, and an HTML page and SVG that try to run script.',
      ]),
    }),
    conversation({
      id: ids.largeExport,
      title: 'Large data export',
      channel_kind: 'web',
      agent: AGENTS.viz,
      messages: chat('2026-06-01T09:00:00Z', ['Export the full dataset.', 'dataset.bin is ready (5 MiB).']),
    }),
    conversation({
      id: ids.quickQuestion,
      title: 'Quick question: VAT rates',
      mode: 'fast',
      channel_kind: 'web',
      agent: AGENTS.finance,
      messages: chat('2026-06-13T11:00:00Z', [
        'What is the standard VAT rate in Germany?',
        '19 %, with a reduced rate of 7 %.',
      ]),
    }),
  ];

  const artifacts: Artifact[] = [
    ...attach(nextId, ids.q3Revenue, '2026-06-10T09:00:00Z', [
      {
        name: 'q3-revenue.pdf',
        type: 'application/pdf',
        body: doc.makePdf('Q3 2026 revenue', [
          'Total: EUR 48.2 m (+12 % YoY)',
          'EMEA 21.4 m, Americas 17.9 m, APAC 8.9 m',
        ]),
        caption: 'Board summary of Q3 revenue',
      },
      {
        name: 'revenue-by-region.png',
        type: 'image/png',
        body: encodePng(barChart(320, 200, [150, 125, 62, 40], [15, 118, 110])),
        caption: 'Revenue by region, Q3 2026 (EUR m)',
      },
      {
        name: 'quarterly-revenue.csv',
        type: 'text/csv',
        body: doc.csv(
          ['quarter', 'region', 'revenue'],
          [
            ['2026-Q1', 'EMEA', 18.1],
            ['2026-Q2', 'EMEA', 19.7],
            ['2026-Q3', 'EMEA', 21.4],
            ['2026-Q3', 'Americas', 17.9],
            ['2026-Q3', 'APAC', 8.9],
          ],
        ),
      },
      { name: 'forecast.py', type: 'text/x-python', body: doc.FORECAST_PY },
      { name: 'revenue-query.sql', type: 'application/sql', body: doc.REVENUE_SQL },
      {
        name: 'salaries-2026.csv',
        type: 'text/csv',
        body: doc.csv(
          ['employee', 'salary_eur'],
          [
            ['A. Example', 72000],
            ['B. Example', 81000],
          ],
        ),
        caption: 'Confidential: personal data',
        sensitive: true,
      },
    ]),
    ...attach(nextId, ids.websiteRedesign, '2026-06-08T13:15:00Z', [
      { name: 'homepage-mockup.jpg', type: 'image/jpeg', body: encodeJpeg(mockup()), caption: 'Homepage mockup v3' },
      { name: 'logo.svg', type: 'image/svg+xml', body: doc.LOGO_SVG },
      { name: 'hero-banner.webp', type: 'image/webp', body: encodeWebp(stripes()) },
      { name: 'loading-spinner.gif', type: 'image/gif', body: encodeGif(spinner()) },
      {
        name: 'landing-page.html',
        type: 'text/html',
        body: doc.reportHtml(
          'Example Co',
          '<p>Products your team will love.</p><p><a href="#pricing">See pricing</a></p>',
        ),
      },
      { name: 'styles.css', type: 'text/css', body: doc.STYLES_CSS },
      { name: 'carousel.js', type: 'text/javascript', body: doc.CAROUSEL_JS },
      { name: 'api-client.ts', type: 'application/typescript', body: doc.API_CLIENT_TS },
      { name: 'README.md', type: 'text/markdown', body: doc.README_MD },
      { name: 'site-config.yaml', type: 'application/yaml', body: doc.SITE_CONFIG_YAML },
      { name: 'sitemap.xml', type: 'application/xml', body: doc.SITEMAP_XML },
    ]),
    ...attach(nextId, ids.untitled, '2026-06-12T02:04:00Z', [
      { name: 'deploy.sh', type: 'application/x-sh', body: doc.DEPLOY_SH },
      { name: 'metrics.json', type: 'application/json', body: doc.METRICS_JSON },
      { name: 'nightly-report.txt', type: 'text/plain', body: doc.NIGHTLY_TXT },
    ]),
    ...attach(nextId, ids.chartExports, '2026-06-09T10:02:00Z', [
      {
        name: 'chart.png',
        type: 'image/png',
        body: encodePng(barChart(240, 160, [60, 90, 40, 110], [37, 99, 235])),
        caption: 'Old numbers',
      },
      {
        name: 'report.html',
        type: 'text/html',
        body: doc.reportHtml('Weekly report', '<p>Version 1 (old numbers).</p>'),
      },
      {
        name: 'chart.png',
        type: 'image/png',
        body: encodePng(barChart(240, 160, [70, 95, 55, 120], [234, 88, 12])),
        caption: 'Corrected',
      },
      {
        name: 'report.html',
        type: 'text/html',
        body: doc.reportHtml('Weekly report', '<p>Version 2 (corrected numbers).</p>'),
      },
    ]),
    ...attach(nextId, ids.international, '2026-06-05T07:35:00Z', [
      {
        name: 'Überblick – 数据.csv',
        type: 'text/csv',
        body: doc.csv(
          ['Land', 'Umsatz (€)', 'Notiz'],
          [
            ['Österreich', 1200, 'grüne Zahlen'],
            ['日本', 3400, '好調'],
          ],
        ),
      },
      {
        name: 'résumé.pdf',
        type: 'application/pdf',
        body: doc.makePdf('Résumé: Ada Lovelace', ['Analyste de données', 'Londres, 2026']),
      },
      { name: '日本語メモ.md', type: 'text/markdown', body: doc.MARKDOWN_JA },
    ]),
    ...attach(nextId, ids.securityReview, '2026-06-03T16:05:00Z', [
      { name: '../x.txt', type: 'text/plain', body: 'A file whose name tries to climb out of the download folder.\n' },
      { name: '../../etc/passwd', type: 'text/plain', body: 'root:x:0:0:not really:/root:/bin/false\n' },
      { name: '/tmp/absolute.txt', type: 'text/plain', body: 'A file whose name is an absolute path.\n' },
      { name: 'CON.txt', type: 'text/plain', body: 'CON is a reserved device name on Windows.\n' },
      { name: LONG_NAME, type: 'text/plain', body: 'A file with a 300-character name.\n' },
      {
        name: 'quote"and\\backslash.txt',
        type: 'text/plain',
        body: 'Quotes and backslashes break naive Content-Disposition parsing.\n',
      },
      {
        name: 'untrusted-widget.html',
        type: 'text/html',
        body: doc.HOSTILE_HTML,
        caption: 'Tries to run script and reach the network',
      },
      { name: 'evil-badge.svg', type: 'image/svg+xml', body: doc.HOSTILE_SVG },
    ]),
    ...attach(nextId, ids.largeExport, '2026-06-01T09:05:00Z', [
      {
        name: 'dataset.bin',
        type: 'application/octet-stream',
        body: doc.largeBinary(),
        caption: '5 MiB of deterministic bytes',
      },
    ]),
    ...attach(nextId, null, '2026-05-20T12:00:00Z', [
      {
        name: 'archived-notes.md',
        type: 'text/markdown',
        body: doc.ARCHIVED_MD,
        caption: 'Kept after its conversation was deleted',
      },
    ]),
  ];

  // Delivering a file is activity too: last_activity_at is the later of the last message and the newest artifact.
  for (const a of artifacts) {
    const owner = conversations.find((c) => c.id === a.conversation_id);
    if (owner && a.created_at > owner.last_activity_at) owner.last_activity_at = a.created_at;
  }

  const data: DemoData = {
    workspace: { id: WORKSPACE_ID, name: 'Demo workspace' },
    users: USERS.map((u) => ({ ...u })),
    conversations,
    artifacts,
  };
  if (options.artifactCount) addBenchmarkArtifacts(data, options.artifactCount);
  if (options.workspace) {
    const generated = generateWorkspace(options.workspace);
    data.conversations.push(...generated.conversations);
    data.artifacts.push(...generated.artifacts);
  }
  return data;
}

// ------------------------------------------------------------ benchmark

const BENCHMARK_KINDS: readonly { ext: string; type: string; body: (i: number) => Uint8Array | string }[] = [
  { ext: 'png', type: 'image/png', body: (i) => encodePng(new Raster(16, 16, [(i * 37) % 256, (i * 91) % 256, 200])) },
  { ext: 'json', type: 'application/json', body: (i) => `${JSON.stringify({ item: i, ok: i % 3 !== 0 })}\n` },
  { ext: 'md', type: 'text/markdown', body: (i) => `# Item ${i}\n\nGenerated for benchmarks.\n` },
  { ext: 'csv', type: 'text/csv', body: (i) => doc.csv(['i', 'square'], [[i, i * i]]) },
  { ext: 'py', type: 'text/x-python', body: (i) => `print(${i} * 2)\n` },
  { ext: 'txt', type: 'text/plain', body: (i) => `Benchmark item ${i}\n` },
  { ext: 'html', type: 'text/html', body: (i) => doc.reportHtml(`Item ${i}`, '<p>Benchmark page.</p>') },
  {
    ext: 'svg',
    type: 'image/svg+xml',
    body: (i) => doc.LOGO_SVG.replace('#38bdf8', `#${(i * 4099).toString(16).padStart(6, '0').slice(-6)}`),
  },
];

/** N small artifacts in a "Benchmark" conversation, newer than every demo artifact so they top the list. */
export function generateBenchmarkArtifacts(
  count: number,
  conversationId: string = CONVERSATION_IDS.benchmark,
): Artifact[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = BENCHMARK_KINDS[i % BENCHMARK_KINDS.length];
    if (!kind) throw new Error('unreachable: index is taken modulo the length');
    const body = kind.body(i);
    return {
      id: uuid('a1000000', i + 1),
      name: `bench-${String(i + 1).padStart(5, '0')}.${kind.ext}`,
      content_type: kind.type,
      caption: null,
      sensitive: false,
      created_at: at('2026-07-01T00:00:00Z', i),
      conversation_id: conversationId,
      bytes: typeof body === 'string' ? doc.utf8(body) : body,
    };
  });
}

function addBenchmarkArtifacts(data: DemoData, count: number): void {
  const generated = generateBenchmarkArtifacts(count);
  data.artifacts.push(...generated);
  data.conversations.push(
    conversation({
      id: CONVERSATION_IDS.benchmark,
      title: 'Benchmark',
      channel_kind: 'web',
      agent: AGENTS.ops,
      messages: [
        {
          author: 'agent',
          text: `Generated ${count} artifacts.`,
          at: generated.at(-1)?.created_at ?? '2026-07-01T00:00:00Z',
        },
      ],
    }),
  );
}

// ------------------------------------------------------------ large workspace

export interface WorkspaceSize {
  /** Generated conversations (standard web/Slack/Teams/schedule threads, never fast or email). */
  conversations: number;
  /** Generated artifacts, spread unevenly over those conversations. */
  artifacts: number;
}

/** mulberry32: a tiny seeded PRNG, so the same size always gives the same workspace. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RFC 3339 at whole seconds, as HQ writes timestamps. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

type Kind = (typeof BENCHMARK_KINDS)[number];

/** The benchmark's small bodies plus a PDF, each with a few realistic file-name stems. */
const WORKSPACE_KINDS: readonly { stems: readonly string[]; kind: Kind }[] = [
  {
    stems: ['report', 'invoice', 'summary'],
    kind: {
      ext: 'pdf',
      type: 'application/pdf',
      body: (i) => doc.makePdf(`Report ${i}`, ['Generated for the large-workspace tests.']),
    },
  },
  ...BENCHMARK_KINDS.map((kind) => ({
    kind,
    stems: (
      {
        png: ['chart', 'diagram'],
        json: ['metrics', 'config'],
        md: ['notes', 'minutes'],
        csv: ['export', 'data'],
        py: ['analysis'],
        txt: ['log'],
        html: ['dashboard'],
        svg: ['icon', 'logo'],
      } as Record<string, string[]>
    )[kind.ext] ?? ['file'],
  })),
];

/** A small body and content type matching the file name's extension, or plain text for an unknown one. */
export function sampleFile(name: string, n: number): { content_type: string; bytes: Uint8Array } {
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  const kind = WORKSPACE_KINDS.find((k) => k.kind.ext === ext)?.kind;
  const body = kind ? kind.body(n) : `${name}\n`;
  return { content_type: kind?.type ?? 'text/plain', bytes: typeof body === 'string' ? doc.utf8(body) : body };
}

const TOPICS = [
  'Revenue review',
  'Churn analysis',
  'Marketing campaign',
  'Hiring plan',
  'Incident postmortem',
  'Pricing experiment',
  'Board pack',
  'Customer interviews',
  'Supplier audit',
  'Website analytics',
  'Roadmap planning',
  'Budget forecast',
  'Sales pipeline',
  'Onboarding survey',
  'Cloud costs',
  'Release notes',
] as const;
const CAPTIONS = ['Draft for review', 'Final version', 'Corrected figures', 'As discussed in the meeting'] as const;
const CHANNELS = [
  ...Array<'web'>(14).fill('web'),
  'slack',
  'slack',
  'slack',
  'teams',
  'teams',
  'schedule',
] as const satisfies readonly Conversation['channel_kind'][];

/** Generated conversations span about two years before the demo's own June 2026 activity. */
const WORKSPACE_START = Date.parse('2024-06-01T00:00:00Z');
const WORKSPACE_END = Date.parse('2026-06-14T00:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A large, deterministic workspace: `conversations` threads started evenly
 * over two years (most last hours, some weeks, a few months), and `artifacts`
 * files dealt to them by heavy-tailed weights — about a fifth get none, a few
 * get dozens. Names look like `report-0042.pdf`; about one in twelve repeats
 * an earlier name (usually in another conversation). A few carry captions, a
 * few are sensitive. Bodies are a few hundred bytes, so 10,000 stay cheap.
 * Each conversation's last_activity_at is the later of its last message and
 * its newest artifact.
 */
export function generateWorkspace(size: WorkspaceSize): { conversations: Conversation[]; artifacts: Artifact[] } {
  const { conversations: n, artifacts: m } = size;
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0)
    throw new RangeError('workspace sizes must be non-negative integers');
  if (m > 0 && n === 0) throw new RangeError('generated artifacts need at least one generated conversation');
  const random = seededRandom(0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const agents = Object.values(AGENTS);
  const span = WORKSPACE_END - WORKSPACE_START;

  const threads = Array.from({ length: n }, (_, i) => {
    const start = WORKSPACE_START + Math.floor((((i + random() * 0.9) / n) * span) / MINUTE) * MINUTE;
    const roll = random();
    const length = roll < 0.7 ? random() * 0.25 * DAY : roll < 0.95 ? random() * 14 * DAY : random() * 120 * DAY;
    const end = Math.min(WORKSPACE_END, start + Math.max(20 * MINUTE, length));
    // Weights: 0 for about a fifth, otherwise Pareto-like, capped so one thread cannot take everything.
    const weight = random() < 0.22 ? 0 : Math.min(80, random() ** -0.9);
    const channel = pick(CHANNELS);
    const topic = pick(TOPICS);
    const month = new Date(start).toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const title = random() < 0.04 ? null : `${topic} – ${month}`;
    const followUp = random() < 0.5; // a closing message after the last file, or files after the last message
    return { i, start, end, weight, channel, title, topic, agent: pick(agents), followUp };
  });
  if (m > 0 && !threads.some((t) => t.weight > 0)) threads[0]!.weight = 1;

  const cumulative: number[] = [];
  threads.reduce((sum, t) => (cumulative.push(sum + t.weight), sum + t.weight), 0);
  const total = cumulative.at(-1) ?? 0;
  const owner = (): number => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const newest = new Array<number>(n).fill(0);
  const named: { name: string; kind: Kind }[] = [];
  const artifacts: Artifact[] = Array.from({ length: m }, (_, j) => {
    const t = threads[owner()]!;
    const created = t.start + 5 * MINUTE + Math.floor(random() * (t.end - t.start - 5 * MINUTE));
    newest[t.i] = Math.max(newest[t.i] ?? 0, created);
    let entry: { name: string; kind: Kind };
    if (j > 0 && random() < 0.08) entry = named[Math.floor(random() * named.length)]!;
    else {
      const { stems, kind } = pick(WORKSPACE_KINDS);
      entry = { name: `${pick(stems)}-${String(j + 1).padStart(4, '0')}.${kind.ext}`, kind };
    }
    named.push(entry);
    const sensitive = random() < 0.01;
    const caption = sensitive ? 'Confidential' : random() < 0.04 ? pick(CAPTIONS) : null;
    const body = entry.kind.body(j + 1);
    return {
      id: uuid(WORKSPACE_ID_PREFIXES.artifact, j + 1),
      name: entry.name,
      content_type: entry.kind.type,
      caption,
      sensitive,
      created_at: isoSeconds(created),
      conversation_id: uuid(WORKSPACE_ID_PREFIXES.conversation, t.i + 1),
      bytes: typeof body === 'string' ? doc.utf8(body) : body,
    };
  });

  const conversations = threads.map((t): Conversation => {
    const lastMessage = t.followUp || newest[t.i] === 0 ? t.end : t.start + 10 * MINUTE;
    const messages: Message[] = [
      { author: 'user', text: `${t.topic}: can you pull this together?`, at: isoSeconds(t.start) },
      {
        author: 'agent',
        text: t.followUp ? 'Here is everything so far; tell me if anything is missing.' : 'On it — files will follow.',
        at: isoSeconds(lastMessage),
      },
    ];
    const channelSurface = t.channel === 'slack' || t.channel === 'teams';
    return {
      id: uuid(WORKSPACE_ID_PREFIXES.conversation, t.i + 1),
      title: t.title,
      mode: 'standard',
      channel_kind: t.channel,
      surface: channelSurface ? 'channel' : 'web',
      read_only: channelSurface,
      participants: {},
      agent: t.agent,
      messages,
      last_activity_at: isoSeconds(Math.max(lastMessage, newest[t.i] ?? 0)),
    };
  });
  return { conversations, artifacts };
}

// ------------------------------------------------------------ look-ups (tests and routes)

export function findConversation(data: DemoData, id: string): Conversation | undefined {
  return data.conversations.find((c) => c.id === id);
}

/** The conversation with that title (null finds the untitled one); throws so a test typo fails loudly. */
export function conversationByTitle(data: DemoData, title: string | null): Conversation {
  const found = data.conversations.find((c) => c.title === title);
  if (!found) throw new Error(`no demo conversation titled ${JSON.stringify(title)}`);
  return found;
}

/** Every live artifact with that name, oldest first (names can repeat). */
export function findArtifacts(data: DemoData, name: string): Artifact[] {
  return data.artifacts.filter((a) => a.name === name).sort(byCreatedAt);
}

/** The first (oldest) live artifact with that name; throws if there is none. */
export function findArtifact(data: DemoData, name: string): Artifact {
  const [found] = findArtifacts(data, name);
  if (!found) throw new Error(`no demo artifact named ${JSON.stringify(name)}`);
  return found;
}

export function byCreatedAt(a: { created_at: string }, b: { created_at: string }): number {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0;
}

/** A conversation's live artifacts, oldest first, as HQ lists them. */
export function artifactsOf(data: DemoData, conversationId: string): Artifact[] {
  return data.artifacts.filter((a) => a.conversation_id === conversationId).sort(byCreatedAt);
}

/**
 * Every attached artifact grouped by conversation id, each group oldest first:
 * one pass over the artifacts, for answers that cover many conversations. Built
 * per request rather than cached, because tests also edit `data.artifacts` in place.
 */
export function artifactsByConversation(data: DemoData): Map<string, Artifact[]> {
  const groups = new Map<string, Artifact[]>();
  for (const a of data.artifacts) {
    if (a.conversation_id === null) continue;
    const group = groups.get(a.conversation_id);
    if (group) group.push(a);
    else groups.set(a.conversation_id, [a]);
  }
  for (const group of groups.values()) group.sort(byCreatedAt);
  return groups;
}

export function userById(data: DemoData, id: string): User | undefined {
  return data.users.find((u) => u.id === id);
}
