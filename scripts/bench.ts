/**
 * `npm run bench`: performance figures for the README. Ratios and medians of
 * several runs, never single timings — these machines are noisy. Uses the
 * e2e build in headless Chromium against the local HQ server.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startHqServer, type HqServer } from '../tests/hq-server/server';
import { CONVERSATION_IDS } from '../tests/hq-server/demo-data';
import { E2E_EXTENSION_DIR, launchWithExtension } from '../tests/launch-browser';
import { connectExtension } from '../tests/connect-via-options';
import { zipFigures } from './bench-zip';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function connect(context: BrowserContext, extensionId: string, hq: HqServer): Promise<void> {
  await (
    await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite })
  ).close();
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 30_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

async function blankLoadTime(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-blank.html`, { waitUntil: 'load' });
  const time = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  await page.close();
  return time;
}

async function popupFirstRows(
  context: BrowserContext,
  extensionId: string,
): Promise<{ firstRows: number; fresh: number; page: Page }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  const firstRows = await markTime(page, 'hq:first-rows');
  const fresh = await markTime(page, 'hq:list-fresh');
  return { firstRows, fresh, page };
}

/** Gzipped bytes of every file the popup loads until its rows show (from the build folder). */
async function popupWeight(
  context: BrowserContext,
  extensionId: string,
): Promise<{ total: number; files: Array<[string, number]> }> {
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await markTime(page, 'hq:list-fresh');
  await page.close();
  const files = [...new Set(urls.map((u) => new URL(u).pathname))].map((file): [string, number] => [
    file,
    gzipSync(readFileSync(path.join(E2E_EXTENSION_DIR, file)), { level: 9 }).length,
  ]);
  return { total: files.reduce((sum, [, size]) => sum + size, 0), files };
}

console.log('Building the e2e extension…');
if (spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'ignore' }).status !== 0)
  throw new Error('build failed');

// BENCH_ONLY=zip runs the ZIP figures alone.
const ONLY_ZIP = process.env.BENCH_ONLY === 'zip';
if (!ONLY_ZIP) {
  const hq = await startHqServer({ artifactCount: 500 });
  const { context, extensionId } = await launchWithExtension();
  try {
    await connect(context, extensionId, hq);
    const warm = await popupFirstRows(context, extensionId); // fills the cache
    await warm.page.waitForFunction(() => document.querySelectorAll('#artifact-list > li').length > 100);
    const rows = await warm.page.locator('#artifact-list > li').count();
    await warm.page.close();

    const ratios: number[] = [];
    const popupTimes: number[] = [];
    const blankTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const blank = await blankLoadTime(context, extensionId);
      const { firstRows, page } = await popupFirstRows(context, extensionId);
      await page.close();
      blankTimes.push(blank);
      popupTimes.push(firstRows);
      ratios.push(firstRows / blank);
    }
    console.log(`\nPopup, cached list of ${rows} artifacts (median of ${RUNS} runs)`);
    console.log(`  first rows ${fmt(median(popupTimes))} ms; blank extension page load ${fmt(median(blankTimes))} ms`);
    console.log(`  ratio first rows / blank page: ${fmt(median(ratios), 2)}x (target <= 1.5x)`);

    hq.faults.latency(1500);
    const slowRuns: Array<{ firstRows: number; fresh: number }> = [];
    for (let run = 0; run < 3; run++) {
      const { firstRows, fresh, page } = await popupFirstRows(context, extensionId);
      slowRuns.push({ firstRows, fresh });
      await page.close();
    }
    hq.faults.clear();
    const slowFirst = median(slowRuns.map((r) => r.firstRows));
    const slowFresh = median(slowRuns.map((r) => r.fresh));
    console.log(`\nSlow server (1500 ms latency, median of 3)`);
    console.log(
      `  cached rows at ${fmt(slowFirst)} ms, server answer at ${fmt(slowFresh)} ms: rows first ${slowFirst < slowFresh ? 'YES' : 'NO'}`,
    );

    const weight = await popupWeight(context, extensionId);
    console.log(`\nPopup weight at open, gzipped: ${fmt(weight.total / 1024)} KB (target <= 25 KB)`);
    for (const [file, size] of weight.files) console.log(`  ${file.padEnd(48)} ${fmt(size / 1024, 2)} KB`);

    await contentScriptFigures(context, hq);
  } finally {
    await context.close();
    await hq.close();
  }
}

// BENCH_SKIP_WORKSPACE=1 skips the 10,000-artifact workspace; BENCH_SKIP_ZIP=1 the slow ZIP figures.
if (!ONLY_ZIP && process.env.BENCH_SKIP_WORKSPACE !== '1') await workspaceFigures();
if (process.env.BENCH_SKIP_ZIP !== '1') await zipFigures(Math.max(3, Math.ceil(RUNS / 3)));

/**
 * The whole workspace (issue 11): 10,000 artifacts in 1,000 conversations.
 * First full index (time, requests), a warm reopen (requests, first rows
 * against a blank page) and what the cache takes on disk.
 */
async function workspaceFigures(): Promise<void> {
  const conversations = 1000;
  const hq = await startHqServer({ workspace: { conversations, artifacts: 10_000 } });
  const { context, extensionId } = await launchWithExtension();
  try {
    await connect(context, extensionId, hq);
    const newest = new Set(
      [...hq.data.artifacts]
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .slice(0, 500)
        .map((a) => a.id),
    );
    const total = hq.data.artifacts.filter((a) => a.conversation_id !== null || newest.has(a.id)).length;
    const apiRequests = (from: number) => hq.requests.slice(from).filter((r) => r.path.startsWith('/v1/')).length;

    const before = hq.requests.length;
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    const started = Date.now();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('tab', { name: `All ${total}` }).waitFor({ timeout: 300_000 });
    const indexMs = Date.now() - started;
    const firstWalk = apiRequests(before);
    await page.close();

    const warmFrom = hq.requests.length;
    const warm = await context.newPage();
    await warm.goto(`chrome-extension://${extensionId}/popup.html`);
    await markTime(warm, 'hq:list-fresh');
    await warm.waitForTimeout(3000); // the background's incremental look at the conversations
    const warmRequests = apiRequests(warmFrom);
    const usage = await warm.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await warm.close();

    const ratios: number[] = [];
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const blank = await blankLoadTime(context, extensionId);
      const { firstRows, page: popup } = await popupFirstRows(context, extensionId);
      await popup.close();
      times.push(firstRows);
      ratios.push(firstRows / blank);
    }
    console.log(`\nWhole workspace: ${total} reachable artifacts in ${conversations} conversations`);
    console.log(`  first full index: ${fmt(indexMs / 1000, 1)} s, ${firstWalk} API requests`);
    console.log(`  warm reopen: ${warmRequests} API requests (target <= 5)`);
    console.log(
      `  first rows of the cached ${total}: ${fmt(median(times))} ms, ratio to a blank page ${fmt(median(ratios), 2)}x (target <= 1.5x)`,
    );
    console.log(`  extension storage in use (IndexedDB and the rest): ${fmt(usage / 1024 / 1024, 1)} MB`);
  } finally {
    await context.close();
    await hq.close();
  }
}

/** Content script: gzipped size, and time from page load to the button once the list is cached. */
async function contentScriptFigures(context: BrowserContext, hq: HqServer): Promise<void> {
  const file = path.join(E2E_EXTENSION_DIR, 'content-scripts', 'conversation-panel.js');
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const url = `${hq.webAppUrl}/conversations/${CONVERSATION_IDS.chartExports}`;
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await context.newPage();
    // Watch, from the page, for the panel's button with its count.
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await page.addInitScript(`
      const seen = () => {
        const text = document.querySelector('hq-artifacts-panel')?.shadowRoot?.querySelector('.toggle')?.textContent ?? '';
        if (/\\(\\d+\\)/.test(text)) window.buttonAt ??= performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
      // The count appears inside the shadow root, where the observer cannot see: poll too.
      const timer = setInterval(() => { seen(); if (window.buttonAt) clearInterval(timer); }, 2);
    `);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { buttonAt?: number }).buttonAt !== undefined);
    const [buttonAt, loaded] = await page.evaluate(() => [
      (window as unknown as { buttonAt: number }).buttonAt,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    ]);
    if (run > 0) times.push(buttonAt - loaded); // run 0 fills the cache
    await page.close();
  }
  console.log(`\nContent script`);
  console.log(`  gzipped size: ${fmt(size / 1024, 2)} KB (target <= 8 KB)`);
  console.log(
    `  page DOMContentLoaded -> "Artifacts (N)" button, cached list: ${fmt(median(times))} ms median of ${RUNS} (target <= 100 ms)`,
  );
}
