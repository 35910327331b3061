import { downloadZip } from 'client-zip';
import { fetchInOrder, type QueueOptions } from './fetch-queue';
import { uniqueNames } from './unique-names';
import type { ZipProgress } from '@/lib/messaging/payloads';

export interface ZipSource {
  name: string;
  /** The folder inside the archive ("Save into a folder per conversation"), or none. */
  folder?: string | null;
  url: string;
  createdAt?: string;
}

export const ERRORS_FILE = '_errors.txt';

/**
 * A ZIP of the given files, as a stream: each file is fetched (with retries)
 * and flows straight into the archive, so memory stays flat however large it
 * is. Files that still fail are listed in `_errors.txt` inside the archive.
 */
export function buildZip(
  sources: readonly ZipSource[],
  fetchOne: (url: string) => Promise<Response>,
  onProgress: (progress: ZipProgress) => void = () => {},
  queue: QueueOptions = {},
): Response {
  const names = uniqueNames(sources.map((s) => s.name), [ERRORS_FILE], sources.map((s) => s.folder ?? null));
  const entries = sources.map((source, index) => ({ ...source, entryName: names[index]! }));

  // An address that does not even parse fails its own entry, at once and without retries.
  const failures = entries.filter((entry) => !URL.canParse(entry.url)).map((entry) => `${entry.entryName}: not a usable download address`);
  const fetchable = entries.filter((entry) => URL.canParse(entry.url));

  async function* files() {
    let done = failures.length;
    for await (const outcome of fetchInOrder(fetchable, (entry) => fetchOne(entry.url), queue)) {
      done += 1;
      if (outcome.ok) {
        yield { name: outcome.item.entryName, input: outcome.body, lastModified: validDate(outcome.item.createdAt) };
      } else {
        failures.push(`${outcome.item.entryName}: ${outcome.reason}`);
      }
      onProgress({ done, total: entries.length, failed: failures.length });
    }
    if (failures.length > 0) {
      const text = `These files could not be downloaded and are missing from this archive:\n\n${failures.join('\n')}\n`;
      yield { name: ERRORS_FILE, input: text, lastModified: new Date() };
    }
  }

  return downloadZip(files());
}

/** HQ's timestamp, or now when it is missing or not a date (a ZIP needs one). */
function validDate(iso: string | undefined): Date {
  const date = iso ? new Date(iso) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
