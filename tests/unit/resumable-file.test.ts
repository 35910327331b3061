import { describe, expect, it } from 'vitest';
import { FileFetchError, rangeStart, ResumableFile } from '@/lib/zip/resumable-file';
import { retryPolicy } from '@/lib/hq/retry-policy';
import { dropMidBody, noSleep, ok, ranged, scripted } from './support/scripted-server';

/** Reads the whole file through small buffers, as the archive does. */
async function readAll(file: ResumableFile<string>, bufferBytes = 3): Promise<string> {
  let buffer: Uint8Array = new Uint8Array(bufferBytes);
  const parts: number[] = [];
  for (;;) {
    const chunk = await file.read(buffer);
    buffer = new Uint8Array(chunk.buffer);
    if (chunk.byteLength === 0) return new TextDecoder().decode(new Uint8Array(parts));
    parts.push(...chunk);
  }
}

const open = (server: ReturnType<typeof scripted>, url: string, maxAttempts = 4) => new ResumableFile(url, server.fetchFrom, retryPolicy({ maxAttempts, ...noSleep }));

describe('ResumableFile', () => {
  it('asks only for the missing bytes after a connection broke mid-body', async () => {
    const server = scripted({ big: [dropMidBody('the w'), ranged('the whole file')] });
    expect(await readAll(open(server, 'big'))).toBe('the whole file');
    expect(server.calls).toEqual([{ url: 'big', fromByte: 0 }, { url: 'big', fromByte: 5 }]);
  });

  it('skips what it already has when the server ignores the range and sends the whole file', async () => {
    const server = scripted({ big: [dropMidBody('the w'), dropMidBody('the whole'), ok('the whole file')] });
    expect(await readAll(open(server, 'big'))).toBe('the whole file');
    expect(server.calls.map((c) => c.fromByte)).toEqual([0, 5, 9]);
  });

  it('does not splice in a part that starts at the wrong byte', async () => {
    const wrongPart = () => new Response('xx', { status: 206, headers: { 'Content-Range': 'bytes 0-1/14' } });
    const server = scripted({ big: [dropMidBody('the w'), wrongPart, ranged('the whole file')] });
    expect(await readAll(open(server, 'big'))).toBe('the whole file');
  });

  it('fails, with the reason and the attempts, when the connection keeps breaking', async () => {
    const server = scripted({ flaky: [dropMidBody('a'), dropMidBody('b'), dropMidBody('c')] });
    await expect(readAll(open(server, 'flaky', 3))).rejects.toThrow(new FileFetchError('network error (after 3 attempts)'));
  });

  it('fails when the file is shorter the second time (it changed)', async () => {
    const server = scripted({ doc: [dropMidBody('version one'), ok('v2')] });
    await expect(readAll(open(server, 'doc'))).rejects.toThrow('The file changed while it was downloading.');
  });

  it('reads a real byte stream with its own buffer, without copying', async () => {
    const server = scripted({ f: [ok(new Uint8Array(10_000).fill(7))] });
    const file = open(server, 'f');
    const buffer = new Uint8Array(4096);
    const chunk = await file.read(buffer);
    expect(chunk.byteLength).toBeGreaterThan(0);
    expect(buffer.byteLength).toBe(0); // the BYOB read took this buffer and filled it
    expect(chunk.buffer.byteLength).toBe(4096);
  });
});

describe('rangeStart', () => {
  it('reads the first byte of a Content-Range, and nothing from anything else', () => {
    expect(rangeStart('bytes 100-199/200')).toBe(100);
    expect(rangeStart('bytes 5-9/*')).toBe(5);
    expect(rangeStart('bytes */200')).toBeUndefined();
    expect(rangeStart(null)).toBeUndefined();
  });
});
