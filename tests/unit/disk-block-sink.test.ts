import { describe, expect, it } from 'vitest';
import { BlockSink, type ByteTarget } from '@/lib/file-jobs/disk-block-sink';

/** A target whose writes finish only when the test lets them, recording what it was given. */
function slowTarget() {
  let bytes: number[] = [];
  const pending: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const target: ByteTarget = {
    write(chunk) {
      const copy = [...chunk]; // the bytes as they were when handed over
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<void>((resolve) =>
        pending.push(() => {
          bytes.push(...copy);
          inFlight -= 1;
          resolve();
        }),
      );
    },
    async truncate(size) {
      bytes = bytes.slice(0, size);
    },
  };
  const finishWrites = () => {
    while (pending.length) pending.shift()!();
  };
  return {
    target,
    bytes: () => bytes,
    finishWrites,
    maxInFlight: () => maxInFlight,
    pendingWrites: () => pending.length,
  };
}

describe('BlockSink', () => {
  it('goes on filling the next block while one is being written, with one write in flight at most', async () => {
    const disk = slowTarget();
    const sink = new BlockSink(disk.target, 4);
    await sink.put(new Uint8Array([1, 2, 3, 4])); // a full block: handed over, not yet written
    expect(disk.pendingWrites()).toBe(1);
    await sink.put(new Uint8Array([5, 6, 7])); // fills the other block meanwhile
    const flushed = sink.flush();
    disk.finishWrites();
    await new Promise((resolve) => setTimeout(resolve, 0));
    disk.finishWrites();
    await flushed;
    expect(disk.bytes()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(disk.maxInFlight()).toBe(1);
  });

  it('cuts back into what is still in the block, or truncates what was written', async () => {
    const disk = slowTarget();
    const sink = new BlockSink(disk.target, 4);
    const writing = (async () => {
      await sink.put(new Uint8Array([1, 2, 3, 4, 5, 6]));
      await sink.rewind(5); // within the block being filled
      await sink.put(new Uint8Array([9]));
      await sink.rewind(2); // into bytes already handed to the disk
      await sink.put(new Uint8Array([7, 8]));
      await sink.flush();
    })();
    for (let i = 0; i < 10; i++) {
      disk.finishWrites();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await writing;
    expect(disk.bytes()).toEqual([1, 2, 7, 8]);
    expect(sink.position).toBe(4);
  });

  it('reports a failed write', async () => {
    const sink = new BlockSink(
      {
        write: async () => {
          throw new Error('disk full');
        },
        truncate: async () => {},
      },
      4,
    );
    await sink.put(new Uint8Array([1, 2, 3, 4]));
    await expect(sink.flush()).rejects.toThrow('disk full');
  });
});
