import { browser } from 'wxt/browser';
import { writeZip } from '@/lib/file-jobs/zip-writer';
import { fetchInOrder } from '@/lib/file-jobs/fetch-queue';
import { fetchWithToken } from '@/lib/file-jobs/fetch-with-token';
import { releaseFile, streamToFileUrl } from '@/lib/file-jobs/disk-file-url';

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

function generated(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(256 * 1024).fill(7);
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const size = Math.min(chunk.byteLength, left);
      controller.enqueue(chunk.slice(0, size));
      left -= size;
    },
  });
}

/** Writing that many bytes to a disk-backed file (OPFS), as the ZIP is written. */
async function diskStage(bytes: number): Promise<number> {
  const start = performance.now();
  const url = await streamToFileUrl('bench-disk', generated(bytes));
  const elapsed = performance.now() - start;
  await releaseFile('bench-disk', url);
  return elapsed;
}

/** The downloads manager copying a finished disk-backed file of that size into Downloads. */
async function copyStage(bytes: number): Promise<number> {
  const url = await streamToFileUrl('bench-copy', generated(bytes));
  const start = performance.now();
  const id = await browser.downloads.download({ url, filename: 'bench-copy.bin', conflictAction: 'uniquify' });
  for (;;) {
    const [item] = await browser.downloads.search({ id });
    if (item?.state === 'complete') break;
    if (item?.state === 'interrupted') throw new Error(item.error);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = performance.now() - start;
  await releaseFile('bench-copy', url);
  return elapsed;
}

Object.assign(globalThis, { zipStages: { fetchStage, zipStage, diskStage, copyStage } });
