import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHqClient } from '@/lib/hq/hq-client';
import { HqError } from '@/lib/hq/hq-errors';
import { exchangeCode, refreshTokenSet, revokeToken } from '@/lib/hq/hq-oauth';
import { errorFromResponse } from '@/lib/hq/hq-http';

/*
 * Answers that are not HQ's (issue 18): over real HTTP, an "HQ" that
 * redirects and another origin that records whatever reaches it.
 */

interface Seen {
  path: string;
  authorization: string | null;
  body: string;
}

function listen(
  handle: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handle(req, res, body));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

let hq: { server: Server; url: string };
let elsewhere: { server: Server; url: string };
const seenElsewhere: Seen[] = [];
/** What "HQ" does per path: a redirect (status, to elsewhere's same path) or a plain answer. */
const routes = new Map<string, { redirect: number } | { status: number; body: string }>();

beforeAll(async () => {
  // Another origin: object storage, or whoever a 307 points at. Answers 401 to /unauthorized, 404 to /missing, else 200.
  elsewhere = await listen((req, res, body) => {
    seenElsewhere.push({ path: req.url ?? '', authorization: req.headers.authorization ?? null, body });
    const status = req.url?.includes('unauthorized') ? 401 : req.url?.includes('missing') ? 404 : 200;
    res
      .writeHead(status, { 'Content-Type': 'application/json' })
      .end(JSON.stringify(status === 200 ? { artifacts: [], access_token: 'stolen' } : { error: 'no' }));
  });
  // Another port on the same host name is another origin.
  hq = await listen((req, res) => {
    const route = routes.get((req.url ?? '').split('?')[0]!);
    if (route && 'redirect' in route)
      return res.writeHead(route.redirect, { Location: `${elsewhere.url}${req.url}` }).end();
    res.writeHead(route?.status ?? 200, { 'Content-Type': 'application/json' }).end(route?.body ?? '{}');
  });
});
afterAll(() => {
  hq.server.close();
  elsewhere.server.close();
});
beforeEach(() => {
  seenElsewhere.length = 0;
  routes.clear();
});

async function failure(promise: Promise<unknown>): Promise<HqError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HqError);
  return error as HqError;
}

describe('JSON API calls never follow a redirect', () => {
  it.each([301, 302, 307, 308])('%i: a plain error, and nothing reaches the other origin', async (status) => {
    routes.set('/v1/api/artifacts', { redirect: status });
    routes.set('/v1/api/me', { redirect: status });
    const client = createHqClient({ serverUrl: hq.url, token: 'hq_pat_secret' });
    expect((await failure(client.listArtifacts())).kind).toBe('redirected');
    expect((await failure(client.getMe())).kind).toBe('redirected');
    expect(seenElsewhere).toEqual([]);
  });

  it('a DELETE redirected is not a deletion', async () => {
    routes.set('/v1/api/artifacts/a1', { redirect: 307 });
    const client = createHqClient({ serverUrl: hq.url, token: 'hq_pat_secret' });
    expect((await failure(client.deleteArtifact('a1'))).kind).toBe('redirected');
    expect(seenElsewhere).toEqual([]);
  });
});

describe('OAuth calls never follow a redirect', () => {
  it.each([307, 308])('%i on the token endpoint: the code, verifier and refresh token stay here', async (status) => {
    routes.set('/v1/oauth/token', { redirect: status });
    expect((await failure(refreshTokenSet(hq.url, { clientId: 'c', refreshToken: 'refresh-secret' }))).kind).toBe(
      'redirected',
    );
    expect(
      (
        await failure(
          exchangeCode(hq.url, {
            clientId: 'c',
            code: 'code-secret',
            redirectUri: 'https://x.chromiumapp.org/',
            verifier: 'verifier-secret',
          }),
        )
      ).kind,
    ).toBe('redirected');
    expect(seenElsewhere).toEqual([]);
  });

  it('307 on revoke: the token is not re-sent anywhere', async () => {
    routes.set('/v1/oauth/revoke', { redirect: 307 });
    expect((await failure(revokeToken(hq.url, { clientId: 'c', token: 'refresh-secret' }))).kind).toBe('redirected');
    expect(seenElsewhere).toEqual([]);
  });
});

describe('file bytes may be redirected to storage, whose answers are not HQ’s', () => {
  it('follows the redirect without the token', async () => {
    routes.set('/v1/api/artifacts/a1/download', { redirect: 302 });
    const client = createHqClient({ serverUrl: hq.url, token: 'hq_pat_secret' });
    await client.checkAvailable(`${hq.url}/v1/api/artifacts/a1/download`);
    expect(seenElsewhere).toEqual([
      expect.objectContaining({ path: '/v1/api/artifacts/a1/download', authorization: null }),
    ]);
  });

  it('a 401 from storage does not renew (rotate) the sign-in', async () => {
    routes.set('/v1/api/artifacts/unauthorized/download', { redirect: 302 });
    const renew = vi.fn(async () => 'access-2');
    const client = createHqClient({ serverUrl: hq.url, token: { current: async () => 'access-1', renew } });
    const error = await failure(client.checkAvailable(`${hq.url}/v1/api/artifacts/unauthorized/download`));
    expect(error).toMatchObject({ kind: 'storage', status: 401 });
    expect(renew).not.toHaveBeenCalled();
  });

  it('a 401 from HQ itself still renews once', async () => {
    routes.set('/v1/api/artifacts/a2/download', { status: 401, body: '{"error":"expired"}' });
    const renew = vi.fn(async () => 'access-2');
    const client = createHqClient({ serverUrl: hq.url, token: { current: async () => 'access-1', renew } });
    expect((await failure(client.checkAvailable(`${hq.url}/v1/api/artifacts/a2/download`))).kind).toBe('unauthorized');
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('a 404 from storage is not “not found” (which would remove the artifact from the cache)', async () => {
    routes.set('/v1/api/artifacts/missing/download', { redirect: 302 });
    const url = `${hq.url}/v1/api/artifacts/missing/download`;
    const client = createHqClient({ serverUrl: hq.url, token: 'hq_pat_secret' });
    expect(await failure(client.fetchBytes(url, 1000))).toMatchObject({ kind: 'storage', status: 404 });
    // The same rule for the downloads' own fetch (fetch-to-file.ts reads its answer this way).
    const response = await fetch(url, { redirect: 'follow' });
    expect((await errorFromResponse(response, 'api', url)).kind).toBe('storage');
    routes.set('/v1/api/artifacts/gone/download', { status: 404, body: '{"error":"artifact not found"}' });
    const own = `${hq.url}/v1/api/artifacts/gone/download`;
    expect((await errorFromResponse(await fetch(own), 'api', own)).kind).toBe('not_found');
  });
});
