import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHqClient } from '@/lib/hq/hq-client';
import { HqError } from '@/lib/hq/hq-errors';
import { startHqServer, type HqServer } from '../hq-server/server';

let hq: HqServer;
beforeAll(async () => {
  hq = await startHqServer();
});
afterAll(async () => {
  await hq.close();
});
beforeEach(() => hq.reset());

function client(token = hq.tokens.readWrite) {
  return createHqClient({ serverUrl: hq.url, token, timeoutMs: 3000 });
}

async function failure(promise: Promise<unknown>): Promise<HqError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HqError);
  return error as HqError;
}

describe('HQ client against the local HQ server', () => {
  it('reads the identity and sends the bearer token', async () => {
    const identity = await client().getMe();
    expect(identity.display_name || identity.email).toBeTruthy();
    const last = hq.requests.at(-1)!;
    expect(last.path).toBe('/v1/api/me');
    expect(last.authorization).toBe(`Bearer ${hq.tokens.readWrite}`);
  });

  it('lists workspace artifacts newest first, without unknown fields', async () => {
    const artifacts = await client().listArtifacts();
    expect(artifacts.length).toBe(hq.data.artifacts.length);
    const times = artifacts.map((a) => Date.parse(a.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(Object.keys(artifacts[0]!).sort()).toEqual([
      'caption',
      'content_type',
      'conversation_id',
      'conversation_title',
      'created_at',
      'download_url',
      'id',
      'name',
      'sensitive',
      'size_bytes',
    ]);
    expect(artifacts.some((a) => a.conversation_id === null)).toBe(true);
  });

  it('resolves relative download URLs against the server', () => {
    expect(client().resolveUrl('/v1/api/artifacts/abc/download')).toBe(`${hq.url}/v1/api/artifacts/abc/download`);
    const based = createHqClient({ serverUrl: 'https://example.com/hq', token: 't' });
    expect(based.resolveUrl('/v1/api/me')).toBe('https://example.com/hq/v1/api/me');
    expect(based.resolveUrl('/hq/v1/api/artifacts/x/download')).toBe(
      'https://example.com/hq/v1/api/artifacts/x/download',
    );
    expect(based.resolveUrl('https://cdn.example.com/x')).toBe('https://cdn.example.com/x');
  });

  it('sends the token only to its own server when choosing a download URL', () => {
    const c = client();
    expect(c.artifactDownloadUrl('a1')).toBe(`${hq.url}/v1/api/artifacts/a1/download`);
    expect(c.artifactDownloadUrl('a1', '/v1/api/artifacts/a1/download?v=2')).toBe(
      `${hq.url}/v1/api/artifacts/a1/download?v=2`,
    );
    expect(c.artifactDownloadUrl('a1', 'https://evil.example/steal')).toBe(`${hq.url}/v1/api/artifacts/a1/download`);
    // An address that does not parse is not a reason to fail: the documented one still works.
    expect(c.artifactDownloadUrl('a1', 'http://[')).toBe(`${hq.url}/v1/api/artifacts/a1/download`);
  });

  it('gives the token only for addresses on its own server', async () => {
    const c = client();
    const own = c.artifactDownloadUrl('a1');
    await expect(c.authorizationFor([own, `${hq.url}/v1/api/conversations/x/artifacts/download`])).resolves.toBe(
      `Bearer ${hq.tokens.readWrite}`,
    );
    for (const elsewhere of [
      'https://cdn.example.com/a1',
      'http://localhost:1/a1',
      `${hq.url.replace('http:', 'https:')}/a1`,
      'not a url',
    ]) {
      await expect(c.authorizationFor([own, elsewhere]), elsewhere).rejects.toBeInstanceOf(HqError);
    }
  });

  it('renews an OAuth token once after a 401 and retries with the new one', async () => {
    const seen: string[] = [];
    const source = {
      current: async () => 'hq_oat_expired',
      renew: async (rejected: string) => (seen.push(rejected), hq.tokens.readWrite),
    };
    const identity = await createHqClient({ serverUrl: hq.url, token: source }).getMe();
    expect(identity.display_name).toBe('Ada Lovelace');
    expect(seen).toEqual(['hq_oat_expired']);
    expect(hq.requests.slice(-2).map((r) => r.authorization)).toEqual([
      'Bearer hq_oat_expired',
      `Bearer ${hq.tokens.readWrite}`,
    ]);
  });

  it('calls a list whose rows are all unreadable malformed, but keeps the good rows of a mixed one', async () => {
    hq.faults.malformRowsNext({ pathPattern: '/v1/api/artifacts' });
    expect((await failure(client().listArtifacts())).kind).toBe('malformed');
    expect((await client().listArtifacts()).length).toBeGreaterThan(0);
  });

  it('keeps at most HQ’s documented 500 rows of the workspace list', async () => {
    // A server that breaks the documented cap (the local one keeps it, so this one is scripted).
    const rows = Array.from({ length: 600 }, (_, i) => ({
      id: `a${i}`,
      name: `f${i}.txt`,
      created_at: '2026-06-10T09:14:00Z',
      download_url: `/v1/api/artifacts/a${i}/download`,
    }));
    const fetch = async () =>
      new Response(JSON.stringify({ artifacts: rows }), { headers: { 'Content-Type': 'application/json' } });
    const listed = await createHqClient({ serverUrl: 'https://api.example.com', token: 't', fetch }).listArtifacts();
    expect(listed).toHaveLength(500);
    expect(listed[0]!.id).toBe('a0'); // the newest, as HQ sent them
  });

  it('removes invisible format characters from names, titles and captions as they arrive', async () => {
    const shown = hq.data.artifacts[0]!;
    shown.name = 'Quarterly report\u202efdp.exe';
    shown.caption = 'see\u00ad here\u{e0041}';
    const row = (await client().listArtifacts()).find((a) => a.id === shown.id)!;
    expect(row.name).toBe('Quarterly reportfdp.exe');
    expect(row.caption).toBe('see here');
  });

  it('says timeout, not offline, when HQ is too slow', async () => {
    hq.faults.latency(500);
    const slow = createHqClient({ serverUrl: hq.url, token: hq.tokens.readWrite, timeoutMs: 100 });
    expect((await failure(slow.getMe())).kind).toBe('timeout');
  });

  it('lists one conversation oldest first and 404s an unknown one', async () => {
    const conversation = hq.data.conversations.find((c) => hq.data.artifacts.some((a) => a.conversation_id === c.id))!;
    const { artifacts } = await client().listConversationArtifacts(conversation.id);
    const times = artifacts.map((a) => Date.parse(a.created_at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(artifacts.length).toBeGreaterThan(0);
    const error = await failure(client().listConversationArtifacts('00000000-0000-4000-8000-000000000000'));
    expect(error.kind).toBe('not_found');
  });

  describe('reads every artifact of a long conversation, however HQ pages the list', () => {
    /** Grows a demo conversation to 230 artifacts: more than two of the extension's pages of 100. */
    function longConversation(): { id: string; ids: string[] } {
      const id = hq.data.conversations.find((c) => c.title === 'Chart exports')!.id;
      for (let i = 0; i < 226; i++)
        hq.addArtifact(id, { name: `extra-${i}.txt`, created_at: new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString() });
      const ids = hq.data.artifacts.filter((a) => a.conversation_id === id).map((a) => a.id);
      expect(ids).toHaveLength(230);
      return { id, ids };
    }
    const listRequests = (id: string) =>
      hq.requests.filter((r) => r.path === `/v1/api/conversations/${id}/artifacts`).map((r) => r.query);

    it('pages: follows page 2 and 3, each artifact once', async () => {
      const { id, ids } = longConversation();
      const { artifacts, mayHaveMore } = await client().listConversationArtifacts(id);
      expect(artifacts.map((a) => a.id).sort()).toEqual([...ids].sort());
      expect(mayHaveMore).toBe(false);
      expect(listRequests(id)).toEqual(['page=1&page_size=100', 'page=2&page_size=100', 'page=3&page_size=100']);
    });

    it('one answer with everything: one request', async () => {
      const { id, ids } = longConversation();
      hq.faults.pageArtifacts('ignored');
      const { artifacts, mayHaveMore } = await client().listConversationArtifacts(id);
      expect(artifacts).toHaveLength(ids.length);
      expect(mayHaveMore).toBe(false);
      expect(listRequests(id)).toHaveLength(1);
    });

    it('page_size honoured, page ignored: stops at the repeat, no duplicates, and says more may be out of reach', async () => {
      const { id } = longConversation();
      hq.faults.pageArtifacts('page-size-only');
      const { artifacts, mayHaveMore } = await client().listConversationArtifacts(id);
      expect(artifacts).toHaveLength(100);
      expect(new Set(artifacts.map((a) => a.id)).size).toBe(100);
      expect(mayHaveMore).toBe(true);
      expect(listRequests(id)).toHaveLength(2);
    });

    it('a 404 on a later page is the end of the list, not of the conversation', async () => {
      const { id } = longConversation();
      hq.faults.failNext({ status: 404, times: 1, pathPattern: 'page=2' });
      const { artifacts } = await client().listConversationArtifacts(id);
      expect(artifacts).toHaveLength(100);
    });

    it('a failure on page 3 fails the read', async () => {
      const { id } = longConversation();
      hq.faults.failNext({ status: 503, times: 1, pathPattern: 'page=3' });
      expect((await failure(client().listConversationArtifacts(id))).kind).toBe('server');
    });
  });

  it('turns 401 and 403 into typed errors', async () => {
    expect((await failure(client('hq_pat_wrong').listArtifacts())).kind).toBe('unauthorized');
    expect((await failure(client(hq.tokens.noConversationsRead).listArtifacts())).kind).toBe('forbidden');
  });

  it('reports 429 with Retry-After and 5xx as server errors', async () => {
    hq.faults.failNext({ status: 429, times: 1, pathPattern: '/v1/api/artifacts', retryAfter: 7 });
    const limited = await failure(client().listArtifacts());
    expect(limited).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterSeconds: 7 });
    hq.faults.failNext({ status: 503, times: 1, pathPattern: '/v1/api/artifacts' });
    expect((await failure(client().listArtifacts())).kind).toBe('server');
    expect((await client().listArtifacts()).length).toBeGreaterThan(0);
  });

  it('reports a dropped connection and a server that is down as network errors', async () => {
    hq.faults.dropNext({ pathPattern: '/v1/api/me', times: 1 });
    expect((await failure(client().getMe())).kind).toBe('network');
    await hq.stop();
    try {
      expect((await failure(client().getMe())).kind).toBe('network');
    } finally {
      await hq.start();
    }
    expect(await client().getMe()).toBeTruthy();
  });

  it('calls an HTML answer malformed instead of trusting it', async () => {
    hq.faults.notHq(true);
    expect((await failure(client().getMe())).kind).toBe('malformed');
  });

  it('deletes with a write token, refuses with a read-only one, and 404s afterwards', async () => {
    const victim = hq.data.artifacts[0]!;
    expect((await failure(client(hq.tokens.readOnly).deleteArtifact(victim.id))).kind).toBe('forbidden');
    await client().deleteArtifact(victim.id);
    expect((await failure(client().deleteArtifact(victim.id))).kind).toBe('not_found');
    expect((await client().listArtifacts()).some((a) => a.id === victim.id)).toBe(false);
  });
});
