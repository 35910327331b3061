/* Driving the built extension's popup for the bench: connect, open, and when its first rows show. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { HqServer } from '../tests/hq-server/server';
import { E2E_EXTENSION_DIR } from '../tests/launch-browser';
import { connectExtension } from '../components/options/options.page';

export async function connect(context: BrowserContext, extensionId: string, hq: HqServer): Promise<void> {
  await (
    await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite })
  ).close();
}

export async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 30_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/**
 * A pause before the next page is timed: the background finishes what the last open started (merging and storing
 * the list it refreshed), which would otherwise land in whichever page loads next — the blank one as often as not.
 */
export function quietPause(ms = 500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function blankLoadTime(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-blank.html`, { waitUntil: 'load' });
  const time = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  await page.close();
  return time;
}

export async function popupFirstRows(
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
export async function popupWeight(
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
