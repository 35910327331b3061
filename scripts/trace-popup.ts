import type { Page } from '@playwright/test';
import { launchWithExtension } from '../tests/launch-browser';
import { startHqServer } from '../tests/hq-server/server';
import { blankLoadTime, connect, markTime, popupFirstRows, quietPause } from './bench-popup-driver';

/*
 * Where the milliseconds of the popup's start go (docs/performance.md): the
 * popup's own navigation timing, the time each file it loads arrives, and
 * its marks, beside a blank page of the same extension, alternating.
 * `npx tsx scripts/trace-popup.ts [artifacts]` (default 500).
 */

const artifactCount = Number(process.argv[2] ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function timeline(page: Page): Promise<Array<[string, number]>> {
  await markTime(page, 'hq:first-rows');
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const steps: Array<[string, number]> = [
      ['HTML in (responseEnd)', nav.responseEnd],
      ['DOM interactive', nav.domInteractive],
      ['DOMContentLoaded (entry modules ran)', nav.domContentLoadedEventStart],
    ];
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      steps.push([`  ${new URL(entry.name).pathname} (from ${entry.startTime.toFixed(1)})`, entry.responseEnd]);
    for (const mark of performance.getEntriesByType('mark')) steps.push([mark.name, mark.startTime]);
    return steps.sort((a, b) => a[1] - b[1]);
  });
}

const hq = await startHqServer({ artifactCount });
const { context, extensionId } = await launchWithExtension();
try {
  await connect(context, extensionId, hq);
  const warm = await popupFirstRows(context, extensionId);
  await warm.page.waitForTimeout(artifactCount > 1000 ? 30_000 : 3_000);
  // How many the cache holds: the list's "All" filter counts every cached artifact.
  const cached = await warm.page
    .getByRole('tab', { name: /^All/ })
    .first()
    .textContent()
    .catch(() => '?');
  await warm.page.close();
  const blanks: number[] = [];
  const runs: Array<Array<[string, number]>> = [];
  // A large workspace's merge after each open takes longer.
  const pauseMs = artifactCount > 1000 ? 3000 : 500;
  for (let run = 0; run < RUNS; run++) {
    await quietPause(pauseMs);
    blanks.push(await blankLoadTime(context, extensionId));
    await quietPause(pauseMs);
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
    runs.push(await timeline(page));
    // Closed only once its refresh is done: the next page would otherwise load while the background still works.
    await markTime(page, 'hq:list-fresh');
    await page.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const firstRows = runs.map((steps) => steps.find(([name]) => name === 'hq:first-rows')![1]);
  const middle = runs[firstRows.indexOf(median(firstRows))]!;
  console.log(`Cache: ${cached}`);
  console.log(`Popup start, ${artifactCount} artifacts on the server (the median run of ${RUNS}; ms from navigation):`);
  for (const [name, at] of middle) console.log(`  ${at.toFixed(1).padStart(7)}  ${name}`);
  console.log(
    `Blank extension page load: median ${median(blanks).toFixed(1)} ms; first rows median ${median(firstRows).toFixed(1)} ms; ratio ${(median(firstRows) / median(blanks)).toFixed(2)}x`,
  );
} finally {
  await context.close();
  await hq.close();
}
