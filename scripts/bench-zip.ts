/**
 * The ZIP figures of `npm run bench` (issue 13): a ZIP the extension builds
 * itself against the same files downloaded one by one, on loopback and with
 * 100 ms of server latency; where the seconds go (stages timed with the
 * product's own code on bench-zip.html); and browser memory while a 200 MiB
 * archive is built. Ratios and medians, runs alternating.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { startHqServer, type HqServer } from '../tests/hq-server/server';
import { CONVERSATION_IDS } from '../tests/hq-server/demo-data';
import { launchWithExtension } from '../tests/launch-browser';
import { connectExtension } from '../tests/connect-via-options';

const MiB = 1024 * 1024;
const CONVERSATION = CONVERSATION_IDS.largeExport;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** The bench conversation holds exactly `count` files of `size` random bytes. */
function useFiles(hq: HqServer, count: number, size: number): void {
  for (let i = hq.data.artifacts.length - 1; i >= 0; i--)
    if (hq.data.artifacts[i]!.conversation_id === CONVERSATION) hq.data.artifacts.splice(i, 1);
  for (let i = 0; i < count; i++) {
    hq.data.artifacts.push({
      id: `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `blob-${String(i).padStart(3, '0')}.bin`,
      content_type: 'application/octet-stream',
      caption: null,
      sensitive: false,
      created_at: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString().replace(/\.\d+Z$/, 'Z'),
      conversation_id: CONVERSATION,
      bytes: new Uint8Array(randomBytes(size)),
    });
  }
}

const fileIds = (hq: HqServer) => hq.data.artifacts.filter((a) => a.conversation_id === CONVERSATION).map((a) => a.id);

async function completedDownloads(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { downloads: { search(q: object): Promise<Array<{ state: string }>> } } }
    ).chrome;
    return (await c.downloads.search({})).filter((d) => d.state === 'complete').length;
  });
}

async function untilDownloaded(context: BrowserContext, count: number): Promise<void> {
  while ((await completedDownloads(context)) < count) await new Promise((r) => setTimeout(r, 10));
}

/** Sends a request to the background as the popup does, from an extension page. */
async function ask(page: Page, type: string, payload: object): Promise<{ ok: boolean; error?: unknown }> {
  return page.evaluate(
    async ([t, p]) => {
      const c = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: unknown }> } };
        }
      ).chrome;
      return c.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload] as const,
  );
}

/** The conversation's ZIP, built by the extension (HQ's route answers 404), until it is in Downloads. */
async function timeZip(context: BrowserContext, page: Page, hq: HqServer): Promise<number> {
  hq.faults.failNext({ status: 404, times: 1000, pathPattern: `/conversations/${CONVERSATION}/artifacts/download` });
  const before = await completedDownloads(context);
  const start = performance.now();
  const reply = await ask(page, 'conversations:download-zip', { conversationId: CONVERSATION });
  if (!reply.ok) throw new Error(`ZIP failed: ${JSON.stringify(reply.error)}`);
  await untilDownloaded(context, before + 1);
  const elapsed = performance.now() - start;
  hq.faults.clear();
  return elapsed;
}

/** The same files, one at a time, each through the extension's download until it is complete. */
async function timeOneByOne(context: BrowserContext, page: Page, hq: HqServer): Promise<number> {
  const start = performance.now();
  for (const artifactId of fileIds(hq)) {
    const before = await completedDownloads(context);
    const reply = await ask(page, 'artifacts:download', { artifactId });
    if (!reply.ok) throw new Error(`download failed: ${JSON.stringify(reply.error)}`);
    await untilDownloaded(context, before + 1);
  }
  return performance.now() - start;
}

async function launch(
  hq: HqServer,
  userDataDir = '',
): Promise<{ context: BrowserContext; page: Page; extensionId: string }> {
  const { context, extensionId } = await launchWithExtension({ userDataDir });
  await (
    await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite })
  ).close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-zip.html`);
  return { context, page, extensionId };
}

async function throughput(latencyMs: number, runs: number): Promise<void> {
  const hq = await startHqServer({ latencyMs });
  useFiles(hq, 20, 5 * MiB);
  const { context, page } = await launch(hq);
  try {
    await timeZip(context, page, hq); // warm-up: the offscreen document and caches
    const zips: number[] = [];
    const singles: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Alternating, so drift on a noisy machine hits both alike.
      zips.push(await timeZip(context, page, hq));
      singles.push(await timeOneByOne(context, page, hq));
    }
    const ratios = zips.map((zip, i) => singles[i]! / zip);
    console.log(
      `\nZIP the extension builds vs one by one: 20 × 5 MiB, ${latencyMs ? `${latencyMs} ms server latency` : 'loopback'} (median of ${runs}, alternating)`,
    );
    console.log(`  ZIP ${fmt(median(zips), 0)} ms; one by one ${fmt(median(singles), 0)} ms`);
    console.log(
      `  throughput ratio ZIP / one-by-one: ${fmt(median(ratios), 2)} (target >= ${latencyMs ? '1.5' : '0.8'}); runs: ${ratios.map((r) => fmt(r, 2)).join(', ')}`,
    );
  } finally {
    await context.close();
    await hq.close();
  }
}

/** Where the seconds of a loopback 20 × 5 MiB ZIP go. */
async function stages(runs: number): Promise<void> {
  const hq = await startHqServer();
  useFiles(hq, 20, 5 * MiB);
  const { context, page } = await launch(hq);
  try {
    const urls = fileIds(hq).map((id) => `${hq.url}/v1/api/artifacts/${id}/download`);
    const authorization = `Bearer ${hq.tokens.readWrite}`;
    const bytes = 20 * 5 * MiB;
    type Stage = 'fetchStage' | 'zipStage' | 'diskStage' | 'copyStage';
    const stage = (name: Stage, ...args: unknown[]) =>
      page.evaluate(
        ([n, a]) =>
          (globalThis as unknown as { zipStages: Record<string, (...x: unknown[]) => Promise<number>> }).zipStages[
            n as string
          ]!(...(a as unknown[])),
        [name, args] as const,
      );
    const rows: Array<[string, number[]]> = [
      ['whole job (request → file complete in Downloads)', []],
      ['fetch 20 files with the token, 3 at a time', []],
      ['build the archive from memory (CRC-32, framing)', []],
      ['write 100 MiB to the disk-backed file (OPFS)', []],
      ['downloads manager copies the file into Downloads', []],
    ];
    for (let run = 0; run < runs; run++) {
      rows[0]![1].push(await timeZip(context, page, hq));
      rows[1]![1].push(await stage('fetchStage', urls, authorization, 3));
      rows[2]![1].push(await stage('zipStage', urls, authorization));
      rows[3]![1].push(await stage('diskStage', bytes));
      rows[4]![1].push(await stage('copyStage', bytes));
    }
    console.log(
      `\nZIP stages, 20 × 5 MiB on loopback (median of ${runs}; stages overlap in the real job, which streams)`,
    );
    for (const [label, times] of rows)
      console.log(
        `  ${label.padEnd(52)} ${fmt(median(times), 0).padStart(6)} ms  (${fmt(bytes / MiB / (median(times) / 1000), 0)} MiB/s)`,
      );
  } finally {
    await context.close();
    await hq.close();
  }
}

/** RSS of all chromium processes of one profile (the browser and its children), by process type. */
function profileRss(userDataDir: string): Map<string, number> {
  const out = execSync('ps -eo pid=,ppid=,rss=,args=', { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const rows = out
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss) * 1024, args: args.join(' ') };
    });
  const byType = new Map<string, number>();
  const root = rows.find((r) => r.args.includes(`--user-data-dir=${userDataDir}`) && !r.args.includes('--type='));
  if (!root) return byType;
  const family = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (!family.has(r.pid) && family.has(r.ppid)) {
        family.add(r.pid);
        grew = true;
      }
  }
  for (const r of rows.filter((row) => family.has(row.pid))) {
    const type = /--type=(\S+)/.exec(r.args)?.[1] ?? 'browser';
    const service = /--utility-sub-type=(\S+)/.exec(r.args)?.[1];
    const key = service ? `${type}:${service.replace(/^.*\./, '')}` : type;
    byType.set(key, (byType.get(key) ?? 0) + r.rss);
  }
  return byType;
}

const total = (rss: Map<string, number>) => [...rss.values()].reduce((a, b) => a + b, 0);

/** Browser memory while a 200 MiB archive is built, after a small warm-up ZIP started the offscreen document. */
async function memory(): Promise<void> {
  const hq = await startHqServer();
  const profile = execSync('mktemp -d /tmp/hq-bench-profile-XXXXXX', { encoding: 'utf8' }).trim();
  const { context, page } = await launch(hq, profile);
  try {
    useFiles(hq, 2, 1 * MiB);
    await timeZip(context, page, hq);
    const files = Number(process.env.BENCH_MEM_FILES ?? 40);
    useFiles(hq, files, 5 * MiB);
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = profileRss(profile);
    let peak = baseline;
    const peakByType = new Map(baseline);
    const sampler = setInterval(() => {
      const now = profileRss(profile);
      if (total(now) > total(peak)) peak = now;
      for (const [type, rss] of now) peakByType.set(type, Math.max(peakByType.get(type) ?? 0, rss));
    }, 100);
    const elapsed = await timeZip(context, page, hq);
    clearInterval(sampler);
    const growth = total(peak) - total(baseline);
    console.log(
      `\nMemory while the extension builds a ${files * 5} MiB ZIP (${files} × 5 MiB, ${fmt(elapsed / 1000, 1)} s): browser RSS, all processes, ${fmt(total(baseline) / MiB, 0)} MiB before, peak ${fmt(total(peak) / MiB, 0)} MiB (+${fmt(growth / MiB, 0)} MiB; target < 100)`,
    );
    const rise = (type: string) => ((peakByType.get(type) ?? 0) - (baseline.get(type) ?? 0)) / MiB;
    const types = [...peakByType.keys()].filter((type) => rise(type) >= 1).sort((a, b) => rise(b) - rise(a));
    console.log(
      `  each process type's own peak rise: ${types.map((type) => `${type} +${fmt(rise(type), 0)}`).join(', ')}`,
    );
  } finally {
    await context.close();
    await hq.close();
  }
}

/** BENCH_ZIP=throughput,stages,memory picks parts (default: all). */
export async function zipFigures(runs: number): Promise<void> {
  const parts = new Set((process.env.BENCH_ZIP ?? 'throughput,stages,memory').split(','));
  if (parts.has('throughput')) {
    await throughput(0, runs);
    await throughput(100, runs);
  }
  if (parts.has('stages')) await stages(runs);
  if (parts.has('memory')) await memory();
}
