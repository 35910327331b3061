/*
 * Issue 22's request budget, measured with the production intervals (the e2e
 * build shortens nothing unless a test asks): HQ requests per minute at rest
 * with no page open, with one conversation page visible and once it is
 * hidden, and how long a new artifact takes to reach the badge and the panel.
 * Headless browsers report every page visible and the person never idle: the
 * hidden page is told so inside the content script's own world; idle and
 * locked are covered by tests/unit/poll-scheduler.test.ts.
 */
import type { Worker } from '@playwright/test';
import { startHqServer } from '../tests/hq-server/server';
import { launchWithExtension } from '../tests/launch-browser';
import { conversationByTitle } from '../tests/hq-server/demo-data';
import { openWithContentScriptWorld } from '../tests/e2e/content-script-world';
import { badgeText } from '../tests/e2e/live-extension';
import { connect } from './bench-popup-driver';
import { fmt } from './bench-stats';

const REST_MS = Number(process.env.BENCH_LIVE_REST_MS ?? 150_000);
const PAGE_MS = Number(process.env.BENCH_LIVE_PAGE_MS ?? 60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds until `check` holds, polled every 100 ms (null if it never did within `limitMs`). */
async function timeUntil(check: () => Promise<boolean>, limitMs: number): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if (await check()) return Date.now() - start;
    await sleep(100);
  }
  return null;
}

export async function liveFigures(): Promise<void> {
  const hq = await startHqServer();
  const { context, extensionId, serviceWorker } = await launchWithExtension();
  const worker: Worker = serviceWorker;
  try {
    await connect(context, extensionId, hq);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByText(/Updated/).waitFor();
    await popup.close();
    const conversation = conversationByTitle(hq.data, 'Chart exports');

    // At rest: signed in, no page open. An artifact arrives at the start of the window.
    const before = hq.requests.length;
    hq.addArtifact(conversation.id, { name: 'bench-rest.csv' });
    const restStart = Date.now();
    const toBadge = await timeUntil(async () => (await badgeText(worker)) === '1', REST_MS);
    await sleep(Math.max(0, REST_MS - (Date.now() - restStart)));
    const restRequests = hq.requests.slice(before);
    const perMinute = (count: number, ms: number) => (count * 60_000) / ms;
    console.log(`\nNew artifacts (production intervals)`);
    console.log(
      `  at rest, no page open: ${fmt(perMinute(restRequests.length, REST_MS), 2)} HQ requests/min over ${fmt(REST_MS / 1000)} s (all ${restRequests
        .map((r) => r.path)
        .filter((p, i, a) => a.indexOf(p) === i)
        .join(', ')}) (budget <= 1)`,
    );
    console.log(
      `  artifact added on the server -> badge: ${toBadge === null ? 'never' : `${fmt(toBadge / 1000, 1)} s`} (budget: one poll, <= 60 s)`,
    );

    // One conversation page, visible; an artifact arrives after 5 s.
    const listPath = `/v1/api/conversations/${conversation.id}/artifacts`;
    const { page, evaluate } = await openWithContentScriptWorld(
      context,
      `${hq.webAppUrl}/conversations/${conversation.id}`,
    );
    const visibleStart = hq.requests.length;
    const pageStart = Date.now();
    await sleep(5_000);
    const count = await page.getByRole('button', { name: /^Artifacts \(\d+\)/ }).innerText();
    const shown = Number(/\((\d+)\)/.exec(count)?.[1]);
    hq.addArtifact(conversation.id, { name: 'bench-visible.csv' });
    const toPanel = await timeUntil(
      async () => (await page.getByRole('button', { name: `Artifacts (${shown + 1})` }).count()) > 0,
      PAGE_MS,
    );
    await sleep(Math.max(0, PAGE_MS - (Date.now() - pageStart)));
    const visibleLooks = hq.requests.slice(visibleStart).filter((r) => r.path === listPath).length;
    console.log(
      `  one conversation page visible: ${fmt(perMinute(visibleLooks, PAGE_MS), 2)} requests/min for it (budget <= 6)`,
    );
    console.log(
      `  artifact added on the server -> page panel: ${toPanel === null ? 'never' : `${fmt(toPanel / 1000, 1)} s`} (budget <= 15 s)`,
    );

    await evaluate(
      `Object.defineProperty(document, 'hidden', { configurable: true, get: () => true }); document.dispatchEvent(new Event('visibilitychange'));`,
    );
    await sleep(1_000); // a look already on its way may land
    const hiddenStart = hq.requests.length;
    await sleep(PAGE_MS);
    const hiddenLooks = hq.requests.slice(hiddenStart).filter((r) => r.path === listPath).length;
    console.log(`  the same page hidden: ${fmt(perMinute(hiddenLooks, PAGE_MS), 2)} requests/min for it (budget 0)`);
  } finally {
    await context.close();
    await hq.close();
  }
}
