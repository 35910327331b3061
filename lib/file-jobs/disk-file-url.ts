import { BlockSink, type ByteTarget } from './disk-block-sink';
import { READ_BYTES, bodyReader } from './fetch-body-reader';

/*
 * Files the extension writes itself (a ZIP it builds, an artifact it
 * fetched), written block by block into the origin-private file system and
 * handed to the downloads manager as an object URL of that disk-backed file:
 * memory stays flat however large the file is. Runs where
 * URL.createObjectURL exists: Chrome's offscreen document, Firefox's
 * background page.
 */

/**
 * Creates the file for `jobId`, lets `fill` write it (appending, and cutting
 * back when it must), and returns its object URL. If `fill` fails, nothing
 * of the file is kept.
 */
export async function writeFileUrl(jobId: string, fill: (target: ByteTarget) => Promise<void>): Promise<string> {
  const directory = await navigator.storage.getDirectory();
  const handle = await directory.getFileHandle(fileNameFor(jobId), { create: true });
  const writable = await handle.createWritable();
  try {
    await fill({
      write: (bytes) => writable.write(bytes as Uint8Array<ArrayBuffer>),
      truncate: (size) => writable.truncate(size),
    });
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error;
  }
  return URL.createObjectURL(await handle.getFile());
}

/** Writes the stream to a file for `jobId` and returns its object URL; a stream error fails it. */
export async function streamToFileUrl(jobId: string, stream: ReadableStream<Uint8Array>): Promise<string> {
  return writeFileUrl(jobId, async (target) => {
    const sink = new BlockSink(target);
    const reader = bodyReader(stream);
    let buffer: Uint8Array = new Uint8Array(READ_BYTES);
    for (;;) {
      const chunk = await reader.read(buffer);
      buffer = new Uint8Array(chunk.buffer);
      if (chunk.byteLength === 0) break;
      await sink.put(chunk);
    }
    await sink.flush();
  });
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
