import { buildZip, type ZipProgress, type ZipSource } from './build-zip';

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
  await zip.body!.pipeTo(writable);
  return URL.createObjectURL(await handle.getFile());
}

export async function releaseZipFile(jobId: string, url: string | undefined): Promise<void> {
  if (url) URL.revokeObjectURL(url);
  const directory = await navigator.storage.getDirectory();
  await directory.removeEntry(fileNameFor(jobId)).catch(() => {});
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
