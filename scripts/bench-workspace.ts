import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { startHqServer, type HqServer } from '../tests/hq-server/server';
import { CONVERSATION_IDS } from '../tests/hq-server/demo-data';
import { E2E_EXTENSION_DIR, launchWithExtension } from '../tests/launch-browser';
import { fmt, median } from './bench-stats';
import { blankLoadTime, connect, markTime, popupFirstRows, quietPause } from './bench-popup-driver';

/**
 * The whole workspace (issue 11): 10,000 artifacts in 1,000 conversations.
 * First full index (time, requests), a warm reopen (requests, first rows
 * against a blank page) and what the cache takes on disk.
 */
export async function workspaceFigures(RUNS: number): Promise<void> {
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
    // The popup writes counts in the browser's language (English here): "All 10,037".
    await page.getByRole('tab', { name: `All ${total.toLocaleString('en-US')}` }).waitFor({ timeout: 300_000 });
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
      // At this size the background's merge after each open takes longer.
      await quietPause(3000);
      const blank = await blankLoadTime(context, extensionId);
      await quietPause(3000);
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
export async function contentScriptFigures(context: BrowserContext, hq: HqServer, RUNS: number): Promise<void> {
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
