/**
 * The ZIP figures of `npm run bench`: a ZIP the extension builds itself, and
 * one large download, against the browser's downloads manager fetching the
 * same files (issue 23), on loopback and with 100 ms of server latency; where the seconds go (stages timed with the
 * product's own code on bench-zip.html); and browser memory while a 200 MiB
 * archive is built. Ratios and medians, runs alternating.
 */
import { execSync } from 'node:child_process';
import { startHqServer } from '../tests/hq-server/server';
import { MiB, fmt, median, reportZipVsManager } from './bench-stats';
import { profileRss, total } from './process-memory';
import { fileIds, launch, timeDownloadsManager, timeOneByOne, timeZip, useFiles } from './bench-zip-driver';

/**
 * The extension's ZIP of 20 × 5 MiB (HQ's ZIP route missing) against the browser's downloads manager fetching the
 * same 20 files — one by one, and all at once — end to end to "file complete"; alternating, medians. A ratio above 1
 * means the extension's ZIP is done sooner than the downloads manager.
 */
async function throughput(latencyMs: number, runs: number): Promise<void> {
  const hq = await startHqServer({ latencyMs });
  useFiles(hq, 20, 5 * MiB);
  const { context, page } = await launch(hq);
  try {
    await timeZip(context, page, hq); // warm-up: the offscreen document and caches
    await timeDownloadsManager(context, hq, 'all at once');
    const zips: number[] = [];
    const oneByOne: number[] = [];
    const allAtOnce: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Alternating, so drift on a noisy machine hits all alike.
      zips.push(await timeZip(context, page, hq));
      oneByOne.push(await timeDownloadsManager(context, hq, 'one by one'));
      allAtOnce.push(await timeDownloadsManager(context, hq, 'all at once'));
    }
    reportZipVsManager('', latencyMs, { zips, oneByOne, allAtOnce });
  } finally {
    await context.close();
    await hq.close();
  }
}

/** One 100 MiB artifact: the popup's Download against the downloads manager fetching it. */
async function single(runs: number): Promise<void> {
  const hq = await startHqServer();
  useFiles(hq, 1, 100 * MiB);
  const { context, page } = await launch(hq);
  try {
    await timeOneByOne(context, page, hq); // warm-up
    const extension: number[] = [];
    const manager: number[] = [];
    for (let run = 0; run < runs; run++) {
      extension.push(await timeOneByOne(context, page, hq));
      manager.push(await timeDownloadsManager(context, hq, 'one by one'));
    }
    const ratio = median(extension.map((time, i) => manager[i]! / time));
    console.log(`\nOne 100 MiB artifact, loopback (median of ${runs}, alternating)`);
    console.log(
      `  the popup's Download ${fmt(median(extension), 0)} ms; downloads manager ${fmt(median(manager), 0)} ms; ratio ${fmt(ratio, 2)} (target >= 0.8)`,
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
      ['the archive to its disk-backed file (fetch, CRC-32, OPFS)', []],
      ['downloads manager copies the file into Downloads', []],
    ];
    for (let run = 0; run < runs; run++) {
      rows[0]![1].push(await timeZip(context, page, hq));
      rows[1]![1].push(await stage('fetchStage', urls, authorization, 3));
      rows[2]![1].push(await stage('zipStage', urls, authorization));
      rows[3]![1].push(await stage('diskStage', urls, authorization));
      rows[4]![1].push(await stage('copyStage', urls, authorization));
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

/** BENCH_ZIP=throughput,single,stages,memory picks parts (default: all). */
export async function zipFigures(runs: number): Promise<void> {
  const parts = new Set((process.env.BENCH_ZIP ?? 'throughput,single,stages,memory').split(','));
  if (parts.has('throughput')) {
    await throughput(0, runs);
    await throughput(100, runs);
  }
  if (parts.has('single')) await single(runs);
  if (parts.has('stages')) await stages(runs);
  if (parts.has('memory')) await memory();
}
