/** Where an archive's bytes go: appended in order, and cut back when a file has to come out again. */
export interface ByteTarget {
  /** Appends the bytes; they may be reused as soon as the promise settles. */
  write(bytes: Uint8Array): Promise<void>;
  /** Drops everything from `size` on; the next write lands there. */
  truncate(size: number): Promise<void>;
}

/**
 * Gathers small writes into blocks of `blockBytes` before they reach the
 * target (each write to a disk-backed file is a round trip to the browser
 * process). Two blocks take turns: one is written while the next fills, so
 * the disk and the work before it overlap; nothing is allocated per write.
 */
export class BlockSink {
  private block: Uint8Array;
  /** The other block: free once `writing` has settled. */
  private spare: Uint8Array;
  private filled = 0;
  /** Bytes handed to the target, the one write in flight included. */
  private written = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly target: ByteTarget,
    blockBytes = 4 * 1024 * 1024,
  ) {
    this.block = new Uint8Array(blockBytes);
    this.spare = new Uint8Array(blockBytes);
  }

  /** How many bytes the archive has so far. */
  get position(): number {
    return this.written + this.filled;
  }

  async put(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const take = Math.min(this.block.byteLength - this.filled, bytes.byteLength - offset);
      this.block.set(bytes.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === this.block.byteLength) await this.handOver();
    }
  }

  /** Cuts the archive back to `position` (the start of a file that failed part-way). */
  async rewind(position: number): Promise<void> {
    if (position >= this.written) {
      this.filled = position - this.written;
      return;
    }
    await this.writing;
    this.filled = 0;
    await this.target.truncate(position);
    this.written = position;
  }

  /** Resolves once every byte put so far is written (a failed write rejects here). */
  async flush(): Promise<void> {
    if (this.filled > 0) await this.handOver();
    await this.writing;
  }

  /** Starts writing the full block once the previous write is done, and goes on filling the other one. */
  private async handOver(): Promise<void> {
    await this.writing;
    const write = this.target.write(this.block.subarray(0, this.filled));
    // Awaited by the next hand-over or flush, which report its failure; not an unhandled rejection meanwhile.
    write.catch(() => {});
    this.writing = write;
    [this.block, this.spare] = [this.spare, this.block];
    this.written += this.filled;
    this.filled = 0;
  }
}
