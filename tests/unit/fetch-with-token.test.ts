import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchWithToken } from '@/lib/downloads/fetch-with-token';

/** A server that answers /whole at once, /stall with headers and a first chunk and then nothing, /silent never. */
let server: Server;
let base: string;
const seen: Array<string | undefined> = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
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
    await expect(fetchWithToken(`${base}/silent`, 'Bearer t', patience)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('fails a body that stops arriving instead of hanging', async () => {
    const response = await fetchWithToken(`${base}/stall`, 'Bearer t', patience);
    await expect(response.arrayBuffer()).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
