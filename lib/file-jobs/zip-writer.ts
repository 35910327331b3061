import CRC32 from 'crc-32';
import { abortableSleep } from '@/lib/hq/retry-policy';
import { fetchInOrder, type QueueOptions } from './fetch-queue';
import { FileFetchError, type FetchFrom } from './fetch-resumable';
import { uniqueNames } from './zip-entry-names';
import { BlockSink, type ByteTarget } from './disk-block-sink';
import { READ_BYTES } from './fetch-body-reader';
import { centralRecord, dataDescriptor, endOfArchive, localHeader, writesAsZip64, type ZipEntry } from './zip-format';
import type { ZipProgress } from '@/lib/model/file-job-results';

export interface ZipSource {
  name: string;
  /** The folder inside the archive ("Save into a folder per conversation"), or none. */
  folder?: string | null;
  url: string;
  createdAt?: string;
}

export const ERRORS_FILE = '_errors.txt';

/**
 * Writes a ZIP of the given files to `target`, one file after another while
 * the next ones are already requested. Each file's bytes stream through a
 * reused buffer (CRC-32 on the way), so memory stays flat however large the
 * archive is. A file whose connection breaks is resumed; one that still
 * fails is cut out of the archive again, so it never holds half a file, and
 * is listed in `_errors.txt` inside it. Resolves once every byte is written.
 */
/** The words of a ZIP's _errors.txt: the heading above the files that failed, and what HQ's list lacked (its whole sentence). */
export interface ErrorsText {
  missing: string;
  unlisted?: string;
}

export async function writeZip(
  sources: readonly ZipSource[],
  fetchFrom: FetchFrom<string>,
  target: ByteTarget,
  onProgress: (progress: ZipProgress) => void = () => {},
  options: {
    /** _errors.txt's words, in the person's language (Chrome's offscreen document has no i18n: the background writes them). */
    errorsText: ErrorsText;
    queue?: QueueOptions;
    /** How much is gathered before each write to the target. */
    blockBytes?: number;
    /** Ends the whole archive with the signal's reason: a file cut short by it is not a failed file. */
    signal?: AbortSignal;
  },
): Promise<{ failedIndexes: number[] }> {
  const { blockBytes, errorsText, signal } = options;
  const { unlisted } = errorsText;
  // A retry's wait ends with the archive too.
  const queue: QueueOptions = signal
    ? { ...options.queue, sleep: (ms) => abortableSleep(ms, signal) }
    : (options.queue ?? {});
  const names = uniqueNames(
    sources.map((s) => s.name),
    [ERRORS_FILE],
    sources.map((s) => s.folder ?? null),
  );
  const entries = sources.map((source, index) => ({ ...source, index, entryName: names[index]! }));

  // An address that does not even parse fails its own entry, at once and without retries.
  const unusable = entries.filter((entry) => !URL.canParse(entry.url));
  const failures = unusable.map((entry) => `${entry.entryName}: not a usable download address`);
  const failedIndexes = unusable.map((entry) => entry.index);
  const fetchable = entries.filter((entry) => URL.canParse(entry.url));

  const archive = new ArchiveWriter(new BlockSink(target, blockBytes));
  let done = failures.length;
  for await (const outcome of fetchInOrder(fetchable, (entry, fromByte) => fetchFrom(entry.url, fromByte), queue)) {
    signal?.throwIfAborted();
    done += 1;
    if (outcome.ok) {
      const { file } = outcome;
      try {
        await archive.add(
          outcome.item.entryName,
          validDate(outcome.item.createdAt),
          (into) => file.read(into),
          file.expectedSize,
        );
      } catch (error) {
        file.close();
        signal?.throwIfAborted();
        if (!(error instanceof FileFetchError)) throw error;
        failures.push(`${outcome.item.entryName}: ${error.message}`);
        failedIndexes.push(outcome.item.index);
      }
    } else {
      failures.push(`${outcome.item.entryName}: ${outcome.reason}`);
      failedIndexes.push(outcome.item.index);
    }
    onProgress({ done, total: entries.length, failed: failures.length });
  }
  signal?.throwIfAborted();
  if (failures.length > 0 || unlisted) {
    const failed = failures.length > 0 ? `${errorsText.missing}\n\n${failures.join('\n')}\n` : '';
    const text = new TextEncoder().encode([unlisted ? `${unlisted}\n` : '', failed].filter(Boolean).join('\n'));
    let sent = 0;
    await archive.add(
      ERRORS_FILE,
      new Date(),
      async (into) => {
        const part = text.subarray(sent, sent + into.byteLength);
        into.set(part);
        sent += part.byteLength;
        return into.subarray(0, part.byteLength);
      },
      text.byteLength,
    );
  }
  await archive.finish();
  return { failedIndexes };
}

/** Entries in order, then the central directory; a failed entry is cut back out. */
class ArchiveWriter {
  private readonly entries: ZipEntry[] = [];
  private buffer: Uint8Array = new Uint8Array(READ_BYTES);

  constructor(private readonly sink: BlockSink) {}

  /**
   * Adds a file whose bytes come from `read` (empty at the end), of the size
   * its answer announced (if it did); on a read error, removes what it wrote
   * and rethrows.
   */
  async add(
    path: string,
    modified: Date,
    read: (into: Uint8Array) => Promise<Uint8Array>,
    announcedSize: number | undefined,
  ): Promise<void> {
    const name = new TextEncoder().encode(path);
    const offset = this.sink.position;
    const zip64 = writesAsZip64(announcedSize);
    let crc = 0;
    let size = 0;
    try {
      await this.sink.put(localHeader(name, modified, zip64));
      for (;;) {
        const chunk = await read(this.buffer);
        // A BYOB read moves the buffer: go on with the one that came back.
        if (chunk.buffer !== this.buffer.buffer) this.buffer = new Uint8Array(chunk.buffer);
        if (chunk.byteLength === 0) break;
        crc = CRC32.buf(chunk, crc);
        size += chunk.byteLength;
        if (!zip64 && writesAsZip64(size)) throw new FileFetchError('The file is larger than HQ announced.');
        await this.sink.put(chunk);
      }
    } catch (error) {
      // A failed BYOB read keeps the buffer it took.
      if (this.buffer.byteLength === 0) this.buffer = new Uint8Array(READ_BYTES);
      await this.sink.rewind(offset);
      throw error;
    }
    const entry = { name, modified, crc32: crc >>> 0, size, offset };
    await this.sink.put(dataDescriptor(entry, zip64));
    this.entries.push(entry);
  }

  async finish(): Promise<void> {
    const offset = this.sink.position;
    for (const entry of this.entries) await this.sink.put(centralRecord(entry));
    await this.sink.put(endOfArchive(this.entries.length, offset, this.sink.position - offset));
    await this.sink.flush();
  }
}

/** HQ's timestamp, or now when it is missing or not a date (a ZIP needs one). */
function validDate(iso: string | undefined): Date {
  const date = iso ? new Date(iso) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
