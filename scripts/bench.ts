/**
 * `npm run bench`: performance figures for the README. Ratios and medians of
 * several runs, never single timings — these machines are noisy. Uses the
 * e2e build in headless Chromium against the local HQ server.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startHqServer, type HqServer } from '../tests/hq-server/server';
import { chromiumArgs, chromiumExecutable, E2E_EXTENSION_DIR } from '../tests/browser-path';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: chromiumArgs(E2E_EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

async function connect(context: BrowserContext, extensionId: string, hq: HqServer): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Server URL').fill(hq.url);
  await page.getByLabel('Web app URL').fill(hq.webAppUrl);
  await page.getByLabel('Access token').fill(hq.tokens.readWrite);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByText('Connected as').waitFor();
  await page.close();
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 30_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

async function blankLoadTime(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-blank.html`, { waitUntil: 'load' });
  const time = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return time;
}

async function popupFirstRows(context: BrowserContext, extensionId: string): Promise<{ firstRows: number; fresh: number; page: Page }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  const firstRows = await markTime(page, 'hq:first-rows');
  const fresh = await markTime(page, 'hq:list-fresh');
  return { firstRows, fresh, page };
}

/** Gzipped bytes of every file the popup loads until its rows show (from the build folder). */
async function popupWeight(context: BrowserContext, extensionId: string): Promise<{ total: number; files: Array<[string, number]> }> {
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
if (spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'ignore' }).status !== 0) throw new Error('build failed');

const hq = await startHqServer({ artifactCount: 500 });
const { context, extensionId } = await launch();
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
  console.log(`  cached rows at ${fmt(slowFirst)} ms, server answer at ${fmt(slowFresh)} ms: rows first ${slowFirst < slowFresh ? 'YES' : 'NO'}`);

  const weight = await popupWeight(context, extensionId);
  console.log(`\nPopup weight at open, gzipped: ${fmt(weight.total / 1024)} KB (target <= 25 KB)`);
  for (const [file, size] of weight.files) console.log(`  ${file.padEnd(48)} ${fmt(size / 1024, 2)} KB`);
} finally {
  await context.close();
  await hq.close();
}
