import { describe, expect, it } from 'vitest';
import { FileFetchError, rangeStart, ResumableFile } from '@/lib/file-jobs/fetch-resumable';
import { retryPolicy } from '@/lib/hq/retry-policy';
import { cutAfter, dropMidBody, noSleep, ok, ranged, scripted } from '@/tests/unit/support/scripted-server';

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

const open = (server: ReturnType<typeof scripted>, url: string, maxAttempts = 4) =>
  new ResumableFile(url, server.fetchFrom, retryPolicy({ maxAttempts, ...noSleep }));

describe('ResumableFile', () => {
  it('asks only for the missing bytes after a connection broke mid-body', async () => {
    const server = scripted({ big: [dropMidBody('the w'), ranged('the whole file')] });
    expect(await readAll(open(server, 'big'))).toBe('the whole file');
    expect(server.calls).toEqual([
      { url: 'big', fromByte: 0 },
      { url: 'big', fromByte: 5 },
    ]);
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

  it('fails, with the reason and the attempts, when the connection keeps breaking before any new byte', async () => {
    const server = scripted({ flaky: [dropMidBody('a'), dropMidBody('a'), dropMidBody('a'), dropMidBody('a')] });
    await expect(readAll(open(server, 'flaky', 3))).rejects.toThrow(
      new FileFetchError('network error (after 3 attempts)'),
    );
    expect(server.calls).toHaveLength(4); // the first brought a byte; three more brought none
  });

  it('keeps resuming a long file as long as each connection brings bytes', async () => {
    // With 2 attempts allowed, three cuts would fail the file if attempts were never forgiven.
    const answers = [
      dropMidBody('ab'),
      () => new Response(cutAfter('cd'), { status: 206, headers: { 'Content-Range': 'bytes 2-7/8' } }),
      () => new Response(cutAfter('ef'), { status: 206, headers: { 'Content-Range': 'bytes 4-7/8' } }),
      ranged('abcdefgh'),
    ];
    const resumed = scripted({ long: answers });
    expect(await readAll(open(resumed, 'long', 2))).toBe('abcdefgh');
    expect(resumed.calls.map((c) => c.fromByte)).toEqual([0, 2, 4, 6]);
  });

  it('takes a 416 for the byte after the last as the end of a file whose connection broke at its very end', async () => {
    const server = scripted({
      f: [dropMidBody('whole'), () => new Response('', { status: 416, headers: { 'Content-Range': 'bytes */5' } })],
    });
    expect(await readAll(open(server, 'f'))).toBe('whole');
  });

  it('does not splice in another version of the file', async () => {
    const tagged = (etag: string, body: string) => () => new Response(cutAfter(body), { headers: { ETag: etag } });
    const server = scripted({
      doc: [
        tagged('"v1"', 'version one'),
        () =>
          new Response('VERSION TWO!', { status: 206, headers: { ETag: '"v2"', 'Content-Range': 'bytes 11-22/23' } }),
      ],
    });
    await expect(readAll(open(server, 'doc'))).rejects.toThrow('The file changed while it was downloading.');
  });

  it('does not splice in a file whose length changed', async () => {
    const server = scripted({
      doc: [
        () => new Response(cutAfter('0123'), { headers: { 'Content-Length': '10' } }),
        () => new Response('456789AB', { status: 206, headers: { 'Content-Range': 'bytes 4-11/12' } }),
      ],
    });
    await expect(readAll(open(server, 'doc'))).rejects.toThrow('The file changed while it was downloading.');
  });

  it('re-fetches a content-encoded file whole rather than asking for a range of its encoded bytes', async () => {
    const server = scripted({
      gz: [() => new Response(cutAfter('hel'), { headers: { 'Content-Encoding': 'gzip' } }), ok('hello')],
    });
    expect(await readAll(open(server, 'gz'))).toBe('hello');
    expect(server.calls.map((c) => c.fromByte)).toEqual([0, 0]);
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
