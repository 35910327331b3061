/**
 * `npm run bench`: performance figures for the README. Ratios and medians of
 * several runs, never single timings — these machines are noisy. Uses the
 * e2e build in headless Chromium against the local HQ server.
 */
import { spawnSync } from 'node:child_process';
import { startHqServer } from '../tests/hq-server/server';
import { launchWithExtension } from '../tests/launch-browser';
import { zipFigures } from './bench-zip';
import { fmt, median } from './bench-stats';
import { blankLoadTime, connect, popupFirstRows, popupWeight, quietPause } from './bench-popup-driver';
import { contentScriptFigures, workspaceFigures } from './bench-workspace';
import { liveFigures } from './bench-live';
import { firefoxFigures } from './bench-firefox';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function buildFirefox(): void {
  console.log('Building the Firefox e2e extension…');
  if (spawnSync('npm', ['run', 'build:firefox:e2e', '--silent'], { stdio: 'ignore' }).status !== 0)
    throw new Error('Firefox build failed');
}

console.log('Building the e2e extension…');
if (spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'ignore' }).status !== 0)
  throw new Error('build failed');

// BENCH_ONLY=zip (or live) runs the ZIP (or new-artifact polling) figures alone.
const ONLY_ZIP = process.env.BENCH_ONLY === 'zip';
const ONLY_LIVE = process.env.BENCH_ONLY === 'live';
if (process.env.BENCH_ONLY === 'firefox') {
  buildFirefox();
  await firefoxFigures(Math.max(3, Math.ceil(RUNS / 3)));
  process.exit(0);
}
if (ONLY_LIVE) {
  await liveFigures();
  process.exit(0);
}
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
      await quietPause();
      const blank = await blankLoadTime(context, extensionId);
      await quietPause();
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

    await contentScriptFigures(context, hq, RUNS);
  } finally {
    await context.close();
    await hq.close();
  }
}

// BENCH_SKIP_WORKSPACE=1 skips the 10,000-artifact workspace; BENCH_SKIP_ZIP=1 the slow ZIP figures.
if (!ONLY_ZIP && process.env.BENCH_SKIP_WORKSPACE !== '1') await workspaceFigures(RUNS);
if (process.env.BENCH_SKIP_ZIP !== '1') await zipFigures(Math.max(3, Math.ceil(RUNS / 3)));
// BENCH_SKIP_LIVE=1 skips the polling budget (about 5 minutes: it runs at the production intervals).
if (!ONLY_ZIP && process.env.BENCH_SKIP_LIVE !== '1') await liveFigures();
// BENCH_SKIP_FIREFOX=1 skips the same download and ZIP figures in Firefox ESR.
if (!ONLY_ZIP && process.env.BENCH_SKIP_FIREFOX !== '1') {
  buildFirefox();
  await firefoxFigures(Math.max(3, Math.ceil(RUNS / 3)));
}
