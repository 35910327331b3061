import type { ZipProgress } from '@/lib/messaging/payloads';
import { buildZip, type ZipSource } from './build-zip';

/**
 * Builds the archive into a file in the origin-private file system, streamed
 * chunk by chunk, and returns an object URL of that disk-backed file for the
 * downloads manager: memory stays flat however large the archive is. Runs
 * where URL.createObjectURL exists: Chrome's offscreen document, Firefox's
 * background page. `release` deletes the file once it has been saved.
 */
export async function zipToFileUrl(
  jobId: string,
  sources: ZipSource[],
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
): Promise<string> {
  const fetchOne = (url: string) => fetch(url, { headers: { Authorization: authorization }, credentials: 'omit', cache: 'no-store' });
  const zip = buildZip(sources, fetchOne, onProgress);
  const directory = await navigator.storage.getDirectory();
  const handle = await directory.getFileHandle(fileNameFor(jobId), { create: true });
  const writable = await handle.createWritable();
  // Few large writes: each write to the file is a round trip to the browser process.
  await zip.body!.pipeThrough(coalesce(4 * 1024 * 1024)).pipeTo(writable);
  return URL.createObjectURL(await handle.getFile());
}

export async function releaseZipFile(jobId: string, url: string | undefined): Promise<void> {
  if (url) URL.revokeObjectURL(url);
  const directory = await navigator.storage.getDirectory();
  await directory.removeEntry(fileNameFor(jobId)).catch(() => {});
}

/** Joins small stream chunks into blocks of about `size` bytes. */
function coalesce(size: number): TransformStream<Uint8Array, Uint8Array> {
  let buffer = new Uint8Array(size);
  let filled = 0;
  return new TransformStream({
    transform(chunk, controller) {
      if (chunk.byteLength >= size && filled === 0) return controller.enqueue(chunk);
      let offset = 0;
      while (offset < chunk.byteLength) {
        const take = Math.min(size - filled, chunk.byteLength - offset);
        buffer.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === size) {
          controller.enqueue(buffer);
          buffer = new Uint8Array(size);
          filled = 0;
        }
      }
    },
    flush(controller) {
      if (filled > 0) controller.enqueue(buffer.subarray(0, filled));
    },
  });
}

function fileNameFor(jobId: string): string {
  return `zip-${jobId.replace(/[^\w-]/g, '')}.zip`;
}

/** Removes archives of jobs that never finished (the builder was closed mid-way). */
export async function cleanUpStaleArchives(): Promise<void> {
  const directory = await navigator.storage.getDirectory();
  const names: string[] = [];
  for await (const name of (directory as unknown as { keys(): AsyncIterable<string> }).keys()) {
    if (/^zip-[\w-]+\.zip$/.test(name)) names.push(name);
  }
  await Promise.all(names.map((name) => directory.removeEntry(name).catch(() => {})));
}
