import { browser } from 'wxt/browser';
import { writeZip } from '@/lib/file-jobs/zip-writer';
import { fetchInOrder } from '@/lib/file-jobs/fetch-queue';
import { fetchWithToken } from '@/lib/file-jobs/fetch-with-token';
import { releaseFile } from '@/lib/file-jobs/disk-file-url';
import { makeJobFile } from '@/lib/file-jobs/file-job-in-worker';

/*
 * `npm run bench` (e2e build only): the stages of a ZIP the extension builds,
 * timed one at a time with the product's own code, so the README can say where
 * the seconds go. Each returns milliseconds.
 */

/** Fetching every file with the token, 3 requests ahead, each body read through one reused buffer. */
async function fetchStage(urls: string[], authorization: string, concurrency: number): Promise<number> {
  const start = performance.now();
  let buffer: Uint8Array = new Uint8Array(1024 * 1024);
  for await (const outcome of fetchInOrder(
    urls,
    (url, fromByte) => fetchWithToken(url, authorization, undefined, fromByte),
    { concurrency },
  )) {
    if (!outcome.ok) throw new Error(outcome.reason);
    for (;;) {
      const chunk = await outcome.file.read(buffer);
      buffer = new Uint8Array(chunk.buffer);
      if (chunk.byteLength === 0) break;
    }
  }
  return performance.now() - start;
}

/** Building the archive (CRC-32 and framing) from bodies already in memory, written nowhere. */
async function zipStage(urls: string[], authorization: string): Promise<number> {
  const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const url of urls)
    bodies.set(url, new Uint8Array(await (await fetchWithToken(url, authorization)).arrayBuffer()));
  const start = performance.now();
  await writeZip(
    urls.map((url, i) => ({ name: `file-${i}.bin`, url })),
    async (url) => new Response(bodies.get(url)!),
    { write: async () => {}, truncate: async () => {} },
    undefined,
    { errorsText: { missing: 'Missing:' } },
  );
  return performance.now() - start;
}

/** The archive of these files built to its disk-backed file, as the job does it (the file-job worker: fetch, CRC-32, OPFS). */
async function diskStage(urls: string[], authorization: string): Promise<number> {
  const start = performance.now();
  const { blobUrl } = await makeJobFile('bench-disk', zipJob(urls), authorization, () => {});
  const elapsed = performance.now() - start;
  await releaseFile('bench-disk', blobUrl);
  return elapsed;
}

/** The downloads manager copying that finished archive into Downloads. */
async function copyStage(urls: string[], authorization: string): Promise<number> {
  const { blobUrl } = await makeJobFile('bench-copy', zipJob(urls), authorization, () => {});
  const start = performance.now();
  const id = await browser.downloads.download({ url: blobUrl, filename: 'bench-copy.zip', conflictAction: 'uniquify' });
  for (;;) {
    const [item] = await browser.downloads.search({ id });
    if (item?.state === 'complete') break;
    if (item?.state === 'interrupted') throw new Error(item.error);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = performance.now() - start;
  await releaseFile('bench-copy', blobUrl);
  return elapsed;
}

function zipJob(urls: string[]) {
  return {
    type: 'zip:build' as const,
    sources: urls.map((url, i) => ({ name: `file-${i}.bin`, url })),
    errorsText: { missing: 'Missing:' },
  };
}

Object.assign(globalThis, { zipStages: { fetchStage, zipStage, diskStage, copyStage } });
