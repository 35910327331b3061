import { BlockSink, type ByteTarget } from './disk-block-sink';
import { READ_BYTES, bodyReader } from './fetch-body-reader';

/*
 * Files the extension writes itself (a ZIP it builds, an artifact it
 * fetched), written block by block into the origin-private file system and
 * handed to the downloads manager as an object URL of that disk-backed file:
 * memory stays flat however large the file is. The writing runs in a
 * dedicated worker (file-job-worker.ts), where a synchronous access handle
 * writes straight to the file — about five times faster here than a
 * document's writable stream, which writes a swap file first. The object
 * URL is made where URL.createObjectURL lives on: Chrome's offscreen
 * document, Firefox's background page.
 */

/**
 * Worker only: creates the file for `jobId` and lets `fill` write it
 * (appending, and cutting back when it must). If `fill` fails, nothing of
 * the file is kept.
 */
export async function writeDiskFile(jobId: string, fill: (target: ByteTarget) => Promise<void>): Promise<void> {
  const directory = await navigator.storage.getDirectory();
  const handle = await directory.getFileHandle(fileNameFor(jobId), { create: true });
  const access = await (handle as unknown as SyncAccessible).createSyncAccessHandle();
  let position = 0;
  try {
    access.truncate(0);
    await fill({
      write: async (bytes) => {
        for (let offset = 0; offset < bytes.byteLength;)
          offset += access.write(bytes.subarray(offset), { at: position + offset });
        position += bytes.byteLength;
      },
      truncate: async (size) => {
        access.truncate(size);
        position = size;
      },
    });
    access.flush();
  } catch (error) {
    access.close();
    await directory.removeEntry(fileNameFor(jobId)).catch(() => {});
    throw error;
  }
  access.close();
}

/** Worker only: writes the stream to the file for `jobId`; a stream error fails it. */
export async function streamToDiskFile(jobId: string, stream: ReadableStream<Uint8Array>): Promise<void> {
  await writeDiskFile(jobId, async (target) => {
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

/** The object URL of a job's finished file, for the downloads manager. */
export async function diskFileUrl(jobId: string): Promise<string> {
  const directory = await navigator.storage.getDirectory();
  return URL.createObjectURL(await (await directory.getFileHandle(fileNameFor(jobId))).getFile());
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

/** OPFS's synchronous access, which the DOM's types leave out (they exist in dedicated workers only). */
interface SyncAccessible {
  createSyncAccessHandle(): Promise<{
    write(bytes: Uint8Array, options: { at: number }): number;
    truncate(size: number): void;
    flush(): void;
    close(): void;
  }>;
}

function fileNameFor(jobId: string): string {
  return `job-${jobId.replace(/[^\w-]/g, '')}.bin`;
}
