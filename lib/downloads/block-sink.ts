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
 * process), reusing one block so nothing is allocated per write.
 */
export class BlockSink {
  private block: Uint8Array;
  private filled = 0;
  /** Bytes already handed to the target. */
  private written = 0;

  constructor(
    private readonly target: ByteTarget,
    blockBytes = 4 * 1024 * 1024,
  ) {
    this.block = new Uint8Array(blockBytes);
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
      if (this.filled === this.block.byteLength) await this.flush();
    }
  }

  /** Cuts the archive back to `position` (the start of a file that failed part-way). */
  async rewind(position: number): Promise<void> {
    if (position >= this.written) {
      this.filled = position - this.written;
      return;
    }
    this.filled = 0;
    await this.target.truncate(position);
    this.written = position;
  }

  async flush(): Promise<void> {
    if (this.filled === 0) return;
    await this.target.write(this.block.subarray(0, this.filled));
    this.written += this.filled;
    this.filled = 0;
  }
}
