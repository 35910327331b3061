/*
 * Files the extension writes itself (a ZIP it builds, an artifact it
 * fetched), streamed chunk by chunk into the origin-private file system and
 * handed to the downloads manager as an object URL of that disk-backed file:
 * memory stays flat however large the file is. Runs where
 * URL.createObjectURL exists: Chrome's offscreen document, Firefox's
 * background page.
 */

const CHUNK_BYTES = 4 * 1024 * 1024;

/** Writes the stream to a file for `jobId` and returns its object URL; a stream error fails it. */
export async function streamToFileUrl(jobId: string, stream: ReadableStream<Uint8Array>): Promise<string> {
  const directory = await navigator.storage.getDirectory();
  const handle = await directory.getFileHandle(fileNameFor(jobId), { create: true });
  const writable = await handle.createWritable();
  // Few large writes: each write to the file is a round trip to the browser process.
  await stream.pipeThrough(coalesce(CHUNK_BYTES)).pipeTo(writable);
  return URL.createObjectURL(await handle.getFile());
}

/** Deletes a job's file once it has been saved (or failed). */
export async function releaseFile(jobId: string, url: string | undefined): Promise<void> {
  if (url) URL.revokeObjectURL(url);
  const directory = await navigator.storage.getDirectory();
  await directory.removeEntry(fileNameFor(jobId)).catch(() => {});
}

/** Removes files of jobs that never finished (the page that wrote them was closed mid-way). */
export async function cleanUpStaleFiles(): Promise<void> {
  const directory = await navigator.storage.getDirectory();
  const names: string[] = [];
  for await (const name of (directory as unknown as { keys(): AsyncIterable<string> }).keys()) {
    if (/^job-[\w-]+\.bin$/.test(name)) names.push(name);
  }
  await Promise.all(names.map((name) => directory.removeEntry(name).catch(() => {})));
}

function fileNameFor(jobId: string): string {
  return `job-${jobId.replace(/[^\w-]/g, '')}.bin`;
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
