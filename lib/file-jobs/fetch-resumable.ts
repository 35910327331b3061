import { backoffDelay, classifyResponse, retryAfterMs, type RetryPolicy } from '@/lib/hq/retry-policy';
import { bodyReader, type BodyReader } from '@/lib/file-jobs/fetch-body-reader';

/** GETs a file's bytes from `fromByte` on (0: all of it); the server may ignore the range. */
export type FetchFrom<T> = (item: T, fromByte: number) => Promise<Response>;

/**
 * One file's bytes, read into the caller's buffers, surviving a connection
 * that breaks mid-body: it asks again for the bytes it does not have yet
 * (`Range`, or the whole file with what it has skipped when the server
 * ignores ranges), with backoff, until the attempts run out. Bodies are read
 * with a BYOB reader where the stream allows it, so no buffer is allocated
 * per chunk and memory stays flat however large the file is.
 */
export class ResumableFile<T> {
  /** Requests since bytes last arrived. */
  private attempts = 0;
  /** Bytes handed to the reader so far. */
  private delivered = 0;
  private reader: BodyReader | undefined;
  /** Bytes of a whole-file answer to throw away before new ones arrive. */
  private skip = 0;
  private lastReason = 'unknown error';
  /** What the first answer said of the file, to tell a later answer of another version. */
  private first: FileIdentity | undefined;

  constructor(
    readonly item: T,
    private readonly fetchFrom: FetchFrom<T>,
    private readonly policy: RetryPolicy,
  ) {}

  /** The file's length as its first answer announced it; undefined when unknown (or content-encoded). */
  get expectedSize(): number | undefined {
    return this.first?.encoded ? undefined : this.first?.length;
  }

  /** Waits for an answer that has the bytes; fails with the reason once the attempts run out or HQ refuses. */
  async connect(): Promise<void> {
    while (!this.reader) {
      if (this.attempts >= this.policy.maxAttempts)
        throw new FileFetchError(`${this.lastReason} (after ${this.attempts} attempts)`);
      let hint: number | undefined;
      this.attempts += 1;
      try {
        // A range of a content-encoded answer counts encoded bytes: ask for it all and skip instead.
        const response = await this.fetchFrom(this.item, this.first?.encoded ? 0 : this.delivered);
        if (this.endedAlready(response)) {
          this.reader = finishedReader();
          return;
        }
        const verdict = classifyResponse(response);
        if (verdict === 'ok') {
          this.reader = this.readerFor(response);
          if (this.reader) return;
        } else {
          this.lastReason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
          hint = retryAfterMs(response);
          await response.body?.cancel().catch(() => {});
          if (verdict === 'fail') throw new FileFetchError(this.lastReason);
        }
      } catch (error) {
        if (error instanceof FileFetchError) throw error;
        this.lastReason = error instanceof Error ? error.message : String(error);
      }
      if (this.attempts < this.policy.maxAttempts)
        await this.policy.sleep(backoffDelay(this.attempts, this.policy, hint));
    }
  }

  /**
   * Fills the start of `into` with the next bytes and returns that part. Its
   * buffer may be `into`'s moved (a BYOB read takes it), or a new one of the
   * same size when a read failed with it; keep using the returned buffer.
   * Empty once the file has ended.
   */
  async read(into: Uint8Array): Promise<Uint8Array> {
    // `into` itself is gone after the first BYOB read: remember its size.
    const size = into.byteLength;
    let space = into;
    for (;;) {
      await this.connect();
      const reader = this.reader!;
      try {
        const chunk = await reader.read(space);
        space = new Uint8Array(chunk.buffer, chunk.byteOffset, size);
        if (chunk.byteLength === 0) {
          if (this.skip > 0) throw new FileFetchError('The file changed while it was downloading.');
          return chunk;
        }
        let fresh = chunk;
        if (this.skip > 0) {
          // A second whole answer: throw away what is already in the archive.
          const dropped = Math.min(this.skip, chunk.byteLength);
          this.skip -= dropped;
          if (dropped === chunk.byteLength) continue;
          space.copyWithin(0, dropped, chunk.byteLength);
          fresh = space.subarray(0, chunk.byteLength - dropped);
        }
        this.delivered += fresh.byteLength;
        // A connection that brought bytes was worth it: a long file may need more resumes than `maxAttempts`.
        this.attempts = 0;
        return fresh;
      } catch (error) {
        if (error instanceof FileFetchError) throw error;
        this.lastReason = error instanceof Error ? error.message : String(error);
        this.reader = undefined;
        reader.cancel();
        // A failed BYOB read keeps the buffer it took: go on with a new one of the same size.
        if (space.buffer.byteLength === 0) space = new Uint8Array(size);
        if (this.attempts < this.policy.maxAttempts)
          await this.policy.sleep(backoffDelay(Math.max(1, this.attempts), this.policy));
      }
    }
  }

  /** Lets go of the connection (the archive gave up on the file). */
  close(): void {
    this.reader?.cancel();
    this.reader = undefined;
  }

  /** A 416 for the bytes after the last one: the connection broke after the whole file had come. */
  private endedAlready(response: Response): boolean {
    if (response.status !== 416 || this.delivered === 0 || this.skip > 0) return false;
    const total = /^\s*bytes\s+\*\/(\d+)\s*$/i.exec(response.headers.get('Content-Range') ?? '')?.[1];
    if (total === undefined || Number(total) !== this.delivered) return false;
    void response.body?.cancel().catch(() => {});
    return true;
  }

  /** A reader for the bytes from `delivered` on, or none when this answer cannot give them. */
  private readerFor(response: Response): BodyReader | undefined {
    const identity = identityOf(response);
    if (!this.first) {
      this.first = identity;
    } else if (!sameFile(this.first, identity)) {
      void response.body?.cancel().catch(() => {});
      throw new FileFetchError('The file changed while it was downloading.');
    }
    this.skip = 0;
    if (this.delivered > 0) {
      const start = response.status === 206 ? rangeStart(response.headers.get('Content-Range')) : 0;
      if (response.status === 206 && start !== this.delivered) {
        this.lastReason = 'HQ answered with the wrong part of the file';
        void response.body?.cancel().catch(() => {});
        return undefined;
      }
      if (response.status !== 206) this.skip = this.delivered;
    }
    return bodyReader(response.body ?? new Blob([]).stream());
  }
}

/** What an answer says of the file behind it: its whole length, its version, whether its bytes are encoded. */
interface FileIdentity {
  length: number | undefined;
  /** The ETag, else Last-Modified. */
  validator: string | undefined;
  encoded: boolean;
}

function identityOf(response: Response): FileIdentity {
  const encoding = response.headers.get('Content-Encoding');
  const encoded = !!encoding && encoding.trim().toLowerCase() !== 'identity';
  const total =
    response.status === 206
      ? /\/(\d+)\s*$/.exec(response.headers.get('Content-Range') ?? '')?.[1]
      : response.headers.get('Content-Length');
  const length = total && /^\s*\d+\s*$/.test(total) ? Number(total) : undefined;
  // A weak tag (W/) names the same version as its strong form for our purpose: are these the same bytes?
  const validator =
    response.headers.get('ETag')?.replace(/^W\//, '') ?? response.headers.get('Last-Modified') ?? undefined;
  return { length, validator, encoded };
}

/** Only what both answers say is compared: a server may send a validator or a length on one and not the other. */
function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.validator && b.validator && a.validator !== b.validator) return false;
  if (!a.encoded && !b.encoded && a.length !== undefined && b.length !== undefined && a.length !== b.length)
    return false;
  return true;
}

/** The reader of a file that has already ended. */
function finishedReader(): BodyReader {
  return { read: async (into) => into.subarray(0, 0), cancel: () => {} };
}

/** Why a file is missing from the archive, in words for `_errors.txt`. */
export class FileFetchError extends Error {
  override name = 'FileFetchError';
}

/** The first byte position of `Content-Range: bytes 100-199/200`. */
export function rangeStart(header: string | null): number | undefined {
  const match = header ? /^\s*bytes\s+(\d+)-\d+\/(?:\d+|\*)\s*$/i.exec(header) : null;
  return match ? Number(match[1]) : undefined;
}
