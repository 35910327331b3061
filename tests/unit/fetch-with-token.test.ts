import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchWithToken } from '@/lib/file-jobs/fetch-with-token';

/** A server that answers /whole at once, /stall with headers and a first chunk and then nothing, /silent never. */
let server: Server;
let base: string;
const seen: Array<string | undefined> = [];
const ranges: Array<string | undefined> = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    ranges.push(req.headers.range);
    if (req.url === '/whole') return res.end('all of it');
    if (req.url === '/stall') {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('first bytes');
      return; // and then nothing
    }
    // /silent: no answer at all
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const patience = { answerMs: 300, stallMs: 300 };

describe('fetchWithToken', () => {
  it('reads a whole body and sends the token', async () => {
    expect(await (await fetchWithToken(`${base}/whole`, 'Bearer t', patience)).text()).toBe('all of it');
    expect(seen.at(-1)).toBe('Bearer t');
  });

  it('gives up on a server that never answers, as a timeout', async () => {
    await expect(fetchWithToken(`${base}/silent`, 'Bearer t', patience)).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('fails a body that stops arriving instead of hanging', async () => {
    const response = await fetchWithToken(`${base}/stall`, 'Bearer t', patience);
    await expect(response.arrayBuffer()).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('asks for the rest of a file with a Range, and only when resuming', async () => {
    await (await fetchWithToken(`${base}/whole`, 'Bearer t', patience, 4)).arrayBuffer();
    expect(ranges.at(-1)).toBe('bytes=4-');
    await (await fetchWithToken(`${base}/whole`, 'Bearer t', patience)).arrayBuffer();
    expect(ranges.at(-1)).toBeUndefined();
  });

  it("hands over a byte stream that fills the reader's own buffer", async () => {
    const response = await fetchWithToken(`${base}/whole`, 'Bearer t', patience);
    const reader = response.body!.getReader({ mode: 'byob' });
    const buffer = new Uint8Array(64);
    const { value } = await reader.read(buffer);
    expect(new TextDecoder().decode(value)).toBe('all of it');
    expect(value!.buffer.byteLength).toBe(64); // the same buffer, moved, not a new chunk
    expect((await reader.read(new Uint8Array(new ArrayBuffer(64)))).done).toBe(true);
  });
});
