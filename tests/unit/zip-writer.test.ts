import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { writeZip, ERRORS_FILE, type ZipSource } from '@/lib/file-jobs/zip-writer';
import type { ByteTarget } from '@/lib/file-jobs/disk-block-sink';
import type { ZipProgress } from '@/lib/model/file-job-results';
import { dropMidBody, noSleep, ok, ranged, scripted, status } from '@/tests/unit/support/scripted-server';

/** An in-memory file that records how it was written. */
function memoryFile() {
  let bytes = new Uint8Array(0);
  const truncations: number[] = [];
  const target: ByteTarget = {
    async write(chunk) {
      const grown = new Uint8Array(bytes.byteLength + chunk.byteLength);
      grown.set(bytes);
      grown.set(chunk, bytes.byteLength);
      bytes = grown;
    },
    async truncate(size) {
      truncations.push(size);
      bytes = bytes.slice(0, size);
    },
  };
  return { target, bytes: () => bytes, truncations };
}

async function zipOf(
  sources: ZipSource[],
  server: ReturnType<typeof scripted>,
  onProgress?: (p: ZipProgress) => void,
  blockBytes?: number,
) {
  const file = memoryFile();
  const { failedIndexes: failed } = await writeZip(sources, server.fetchFrom, file.target, onProgress, {
    errorsText: { missing: 'These files could not be downloaded and are missing from this archive:' },
    queue: { ...noSleep },
    ...(blockBytes ? { blockBytes } : {}),
  });
  return { bytes: file.bytes(), entries: unzipSync(file.bytes()), failed, truncations: file.truncations };
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Every central directory record's name and CRC-32, read straight from the bytes. */
function centralCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const crcs = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.byteLength; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    crcs.set(text(zip.subarray(at + 46, at + 46 + nameLength)), view.getUint32(at + 16, true));
  }
  return crcs;
}

describe('writeZip', () => {
  it('writes every file into a valid ZIP with unique names and lists failures in _errors.txt', async () => {
    const server = scripted({
      'https://hq.test/1': [ok('one')],
      'https://hq.test/2': [ok('two')],
      'https://hq.test/3': [status(404)],
    });
    const progress: number[] = [];
    const zip = await zipOf(
      [
        { name: 'a.txt', url: 'https://hq.test/1' },
        { name: 'a.txt', url: 'https://hq.test/2' },
        { name: '../gone.txt', url: 'https://hq.test/3' },
      ],
      server,
      (p) => progress.push(p.done),
    );
    expect(Object.keys(zip.entries).sort()).toEqual(['_errors.txt', 'a (1).txt', 'a.txt']);
    expect(text(zip.entries['a.txt'])).toBe('one');
    expect(text(zip.entries['a (1).txt'])).toBe('two');
    expect(text(zip.entries[ERRORS_FILE])).toContain('gone.txt: HTTP 404');
    expect(progress).toEqual([1, 2, 3]);
    // Which one, by its place in the sources: a file that could not be fetched does not count as saved.
    expect(zip.failed).toEqual([2]);
  });

  it('has no _errors.txt when everything arrived', async () => {
    const zip = await zipOf([{ name: 'x', url: 'https://hq.test/1' }], scripted({ 'https://hq.test/1': [ok('one')] }));
    expect(Object.keys(zip.entries)).toEqual(['x']);
  });

  it('says in _errors.txt what HQ’s list of the conversation lacked, also when every listed file arrived', async () => {
    const file = memoryFile();
    const unlisted =
      'HQ counts 61 artifacts in this conversation, but its list gave 60: 1 could not be listed. What HQ did not list is missing from this archive.';
    const server = scripted({ 'https://hq.test/1': [ok('one')] });
    await writeZip([{ name: 'x', url: 'https://hq.test/1' }], server.fetchFrom, file.target, undefined, {
      errorsText: { missing: 'Missing:', unlisted },
      queue: { ...noSleep },
    });
    const entries = unzipSync(file.bytes());
    expect(Object.keys(entries).sort()).toEqual(['_errors.txt', 'x']);
    expect(text(entries[ERRORS_FILE])).toBe(`${unlisted}\n`);
  });

  it('records the right CRC-32 of each file, also across many reads and blocks', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 2654435761) >>> 24);
    const zip = await zipOf(
      [
        { name: 'big.bin', url: 'https://hq.test/big' },
        { name: 'small.txt', url: 'https://hq.test/s' },
      ],
      scripted({ 'https://hq.test/big': [ok(big)], 'https://hq.test/s': [ok('small')] }),
      undefined,
      64 * 1024,
    );
    expect(Buffer.from(zip.entries['big.bin']!).equals(Buffer.from(big))).toBe(true);
    expect(centralCrcs(zip.bytes)).toEqual(
      new Map([
        ['big.bin', crc32(big)],
        ['small.txt', crc32('small')],
      ]),
    );
  });

  it('resumes a file whose connection broke mid-body, so the archive holds it whole', async () => {
    const server = scripted({ 'https://hq.test/big': [dropMidBody('the w'), ranged('the whole file')] });
    const zip = await zipOf([{ name: 'big.txt', url: 'https://hq.test/big' }], server);
    expect(text(zip.entries['big.txt'])).toBe('the whole file');
    expect(zip.entries[ERRORS_FILE]).toBeUndefined();
  });

  it('cuts a file that keeps breaking back out of the archive, even once its first bytes were written', async () => {
    const partial = 'PARTIAL-'.repeat(20_000); // 160 KB: more than a block, so some of it reached the file
    const server = scripted({
      'https://hq.test/ok': [ok('fine')],
      'https://hq.test/flaky': Array.from({ length: 5 }, () => dropMidBody(partial)),
      'https://hq.test/after': [ok('after')],
    });
    const progress: number[] = [];
    const zip = await zipOf(
      [
        { name: 'ok.txt', url: 'https://hq.test/ok' },
        { name: 'flaky.bin', url: 'https://hq.test/flaky' },
        { name: 'after.txt', url: 'https://hq.test/after' },
        { name: 'weird.txt', url: 'http://[' },
      ],
      server,
      (p) => progress.push(p.done),
      64 * 1024,
    );
    expect(zip.truncations.length).toBeGreaterThan(0);
    expect(Object.keys(zip.entries).sort()).toEqual(['_errors.txt', 'after.txt', 'ok.txt']);
    expect(text(zip.entries['after.txt'])).toBe('after');
    expect(Buffer.from(zip.bytes).includes('PARTIAL-')).toBe(false);
    const errors = text(zip.entries[ERRORS_FILE]);
    expect(errors).toContain('flaky.bin: network error (after 4 attempts)');
    expect(errors).toContain('weird.txt: not a usable download address');
    expect(server.urls().filter((c) => c.endsWith('/flaky'))).toHaveLength(5); // the first brought bytes; four more brought none
    expect(progress.at(-1)).toBe(4);
  });

  it('switches to ZIP64 once there are 65,535 entries or more', async () => {
    const count = 65_536;
    const sources = Array.from({ length: count }, (_, i) => ({ name: `f${i}`, url: `https://hq.test/${i}` }));
    const zip = await zipOf(sources, { fetchFrom: async () => new Response('') } as unknown as ReturnType<
      typeof scripted
    >);
    expect(Object.keys(zip.entries)).toHaveLength(count);
    const view = new DataView(zip.bytes.buffer);
    const end = zip.bytes.byteLength - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(0xffff);
    expect(view.getUint32(end - 20, true)).toBe(0x07064b50); // ZIP64 locator
    expect(Number(view.getBigUint64(end - 76 + 32, true))).toBe(count); // ZIP64 end record's entry count
  }, 60_000);
});
