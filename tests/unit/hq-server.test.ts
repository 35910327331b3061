// The HQ stand-in over real HTTP: if it drifts from docs/hq-api.md the
// extension's tests would pass against a server that does not exist.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  artifactsOf,
  CONVERSATION_IDS,
  conversationByTitle,
  findArtifact,
  findArtifacts,
} from '../hq-server/demo-data';
import { startHqServer, type HqServer } from '../hq-server/server';

let hq: HqServer;

beforeAll(async () => {
  hq = await startHqServer();
});
afterAll(async () => {
  await hq.close();
});
beforeEach(() => {
  hq.reset();
});

type Json = Record<string, unknown>;

function api(path: string, token: string | null = hq.tokens.readWrite, init: RequestInit = {}): Promise<Response> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return fetch(`${hq.url}${path}`, { ...init, headers });
}

async function json(path: string, token?: string | null): Promise<Json> {
  const response = await api(path, token);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Json;
}

async function bytes(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

describe('auth and scopes', () => {
  it('answers 401 without or with an unknown token, 403 without the scope', async () => {
    const missing = await api('/v1/api/artifacts', null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: expect.any(String) });
    expect((await api('/v1/api/me', 'hq_pat_nope')).status).toBe(401);

    const noRead = await api('/v1/api/artifacts', hq.tokens.noConversationsRead);
    expect(noRead.status).toBe(403);
    expect(await noRead.json()).toEqual({ error: expect.stringContaining('conversations:read') });

    const artifact = findArtifact(hq.data, 'q3-revenue.pdf');
    expect((await api(`/v1/api/artifacts/${artifact.id}`, hq.tokens.readOnly, { method: 'DELETE' })).status).toBe(403);
    // Bytes need only a valid token, no scope.
    expect((await api(`/v1/api/artifacts/${artifact.id}/download`, hq.tokens.noConversationsRead)).status).toBe(200);
  });

  it('shows a different identity per token, in the same workspace', async () => {
    const ada = await json('/v1/api/me');
    const grace = await json('/v1/api/me', hq.tokens.readOnly);
    expect(ada.identity).toMatchObject({ display_name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(grace.identity).toMatchObject({ display_name: 'Grace Hopper' });
    expect(ada.workspace).toEqual(grace.workspace);
  });
});

describe('lists', () => {
  it('lists the workspace newest first, with detached rows, unknown fields and relative download URLs', async () => {
    const { artifacts } = (await json('/v1/api/artifacts')) as { artifacts: Json[] };
    expect(artifacts).toHaveLength(hq.data.artifacts.length);
    const times = artifacts.map((a) => String(a.created_at));
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(times).size).toBe(times.length);

    const detached = artifacts.find((a) => a.name === 'archived-notes.md');
    expect(detached).toMatchObject({ conversation_id: null, conversation_title: null });
    expect(artifacts.find((a) => a.name === 'salaries-2026.csv')).toMatchObject({ sensitive: true });
    const first = artifacts[0] ?? {};
    expect(first.download_url).toBe(`/v1/api/artifacts/${String(first.id)}/download`);
    expect(first).toHaveProperty('storage_class');
    expect(artifacts.find((a) => a.name === 'dataset.bin')?.size_bytes).toBe(5 * 1024 * 1024);
  });

  it('caps the workspace list at 500 with benchmark artifacts on top', async () => {
    const big = await startHqServer({ artifactCount: 600 });
    try {
      const response = await fetch(`${big.url}/v1/api/artifacts`, {
        headers: { Authorization: `Bearer ${big.tokens.readOnly}` },
      });
      const { artifacts } = (await response.json()) as { artifacts: Json[] };
      expect(artifacts).toHaveLength(500);
      expect(artifacts[0]?.name).toMatch(/^bench-00600\./); // the newest generated one
      expect(artifacts.every((a) => String(a.name).startsWith('bench-'))).toBe(true);
    } finally {
      await big.close();
    }
  });

  it('lists one conversation oldest first in the trimmer shape', async () => {
    const { artifacts } = (await json(`/v1/api/conversations/${CONVERSATION_IDS.q3Revenue}/artifacts`)) as {
      artifacts: Json[];
    };
    expect(artifacts.map((a) => a.name)).toEqual(artifactsOf(hq.data, CONVERSATION_IDS.q3Revenue).map((a) => a.name));
    expect(artifacts[0]?.name).toBe('q3-revenue.pdf');
    expect(Object.keys(artifacts[0] ?? {}).sort()).toEqual([
      'content_type',
      'created_at',
      'download_url',
      'id',
      'name',
      'sensitive',
      'size_bytes',
    ]);
    expect((await api('/v1/api/conversations/c0000000-0000-4000-8000-0000000000aa/artifacts')).status).toBe(404);
  });

  it('pages one conversation’s artifacts each way HQ’s docs allow: pages, everything at once, or page_size without page', async () => {
    const id = CONVERSATION_IDS.q3Revenue;
    const all = artifactsOf(hq.data, id).map((a) => a.name);
    expect(all.length).toBeGreaterThan(2);
    const names = async (query: string) =>
      ((await json(`/v1/api/conversations/${id}/artifacts${query}`)) as { artifacts: Json[] }).artifacts.map(
        (a) => a.name,
      );

    // The default, as HQ's reference describes: page_size 1..100 (default 25), page 1-based.
    expect(await names('?page_size=2&page=1')).toEqual(all.slice(0, 2));
    expect(await names('?page_size=2&page=2')).toEqual(all.slice(2, 4));
    expect(await names(`?page_size=2&page=${all.length}`)).toEqual([]);
    expect(await names('?page_size=0&page=0')).toEqual(all.slice(0, 1)); // clamped to 1 and 1

    hq.faults.pageArtifacts('ignored');
    expect(await names('?page_size=2&page=2')).toEqual(all);

    hq.faults.pageArtifacts('page-size-only');
    expect(await names('?page_size=2&page=2')).toEqual(all.slice(0, 2));

    // Over HTTP too, and a fault clear goes back to the startup behaviour.
    const set = await fetch(`${hq.url}/__hq/faults`, {
      method: 'POST',
      body: JSON.stringify({ artifactPaging: 'ignored' }),
    });
    expect(set.status).toBe(200);
    expect(await names('?page_size=1')).toEqual(all);
    expect(
      (await fetch(`${hq.url}/__hq/faults`, { method: 'POST', body: JSON.stringify({ artifactPaging: 'sideways' }) }))
        .status,
    ).toBe(400);
    hq.faults.clear();
    expect(await names('?page_size=1')).toEqual(all.slice(0, 1));
  });

  it('filters, sorts, pages and clamps conversations', async () => {
    const all = (await json('/v1/api/conversations')) as { conversations: Json[]; total: number; page_size: number };
    expect(all.page_size).toBe(25);
    expect(all.conversations.map((c) => c.title)).not.toContain('Quick question: VAT rates'); // a fast thread
    expect(all.conversations[0]?.id).toBe(CONVERSATION_IDS.untitled); // most recent activity

    const byTitle = (await json('/v1/api/conversations?sort=title')) as { conversations: Json[] };
    expect(byTitle.conversations[0]?.title).toBe('Chart exports');
    expect(byTitle.conversations.at(-1)?.title).toBeNull();

    const search = (await json('/v1/api/conversations?q=DESIGN%20studio')) as { conversations: Json[]; total: number };
    expect(search.conversations.map((c) => c.title)).toEqual(['Website redesign']);

    const page = (await json('/v1/api/conversations?page=2&page_size=3')) as Json;
    expect(page).toMatchObject({ page: 2, page_size: 3, total: all.total, viewing_as: 'participant' });
    expect(((await json('/v1/api/conversations?page_size=1000&page=-4')) as Json).page_size).toBe(100);
    expect(((await json('/v1/api/conversations?page_size=0')) as Json).page_size).toBe(1);
    expect(((await json('/v1/api/conversations?mode=fast')) as { total: number }).total).toBe(1);
  });

  it('gets one conversation by conversation_id and 404s unknown or malformed ids', async () => {
    const untitled = await json(`/v1/api/conversations/${CONVERSATION_IDS.untitled}`);
    expect(untitled).toMatchObject({
      conversation_id: CONVERSATION_IDS.untitled,
      title: null,
      viewing_as: 'participant',
    });
    expect(untitled).not.toHaveProperty('id');
    expect((await api('/v1/api/conversations/not-a-uuid')).status).toBe(404);
    expect((await api('/v1/api/nothing-here')).status).toBe(404);
  });
});

describe('downloads', () => {
  it('streams the 5 MiB file byte for byte with length and both filename forms', async () => {
    const dataset = findArtifact(hq.data, 'dataset.bin');
    const response = await api(`/v1/api/artifacts/${dataset.id}/download`);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-length')).toBe(String(dataset.bytes.length));
    expect(Buffer.compare(await bytes(response), dataset.bytes)).toBe(0);

    const csv = findArtifact(hq.data, 'Überblick – 数据.csv');
    const disposition = (await api(`/v1/api/artifacts/${csv.id}/download`)).headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(csv.name);

    const quoted = findArtifact(hq.data, 'quote"and\\backslash.txt');
    const header = (await api(`/v1/api/artifacts/${quoted.id}/download`)).headers.get('content-disposition') ?? '';
    expect(header).toContain('filename="quote_and_backslash.txt"');
  });

  it('serves real images', async () => {
    const magic: Record<string, number[]> = {
      'revenue-by-region.png': [0x89, 0x50, 0x4e, 0x47],
      'homepage-mockup.jpg': [0xff, 0xd8, 0xff],
      'loading-spinner.gif': [0x47, 0x49, 0x46, 0x38],
      'hero-banner.webp': [0x52, 0x49, 0x46, 0x46],
    };
    for (const [name, signature] of Object.entries(magic)) {
      const response = await api(`/v1/api/artifacts/${findArtifact(hq.data, name).id}/download`);
      expect([...(await bytes(response)).subarray(0, signature.length)], name).toEqual(signature);
    }
  });

  it('zips a conversation with de-duplicated names and exact contents', async () => {
    const response = await api(`/v1/api/conversations/${CONVERSATION_IDS.chartExports}/artifacts/download`);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain('Chart exports.zip');
    const zip = unzipSync(await bytes(response));
    expect(Object.keys(zip)).toEqual(['chart.png', 'report.html', 'chart (1).png', 'report (1).html']);
    const [firstChart, secondChart] = findArtifacts(hq.data, 'chart.png');
    expect(zip['chart.png']).toEqual(firstChart?.bytes);
    expect(zip['chart (1).png']).toEqual(secondChart?.bytes);
  });

  it('keeps hostile names inside the archive and the 5 MiB file intact', async () => {
    const hostile = unzipSync(
      await bytes(await api(`/v1/api/conversations/${CONVERSATION_IDS.securityReview}/artifacts/download`)),
    );
    const names = Object.keys(hostile);
    expect(names).toHaveLength(8);
    for (const name of names) {
      expect(name).not.toMatch(/(^|[/\\])\.\.([/\\]|$)/);
      expect(name).not.toMatch(/^[/\\]/);
    }

    const large = unzipSync(
      await bytes(await api(`/v1/api/conversations/${CONVERSATION_IDS.largeExport}/artifacts/download`)),
    );
    expect(Buffer.compare(large['dataset.bin'] ?? new Uint8Array(), findArtifact(hq.data, 'dataset.bin').bytes)).toBe(
      0,
    );

    const empty = await api(`/v1/api/conversations/${CONVERSATION_IDS.weeklySync}/artifacts/download`);
    expect(empty.status).toBe(404);
    expect(await empty.json()).toEqual({ error: 'conversation has no artifacts' });
  });

  it('deletes: gone from lists, downloads and zips', async () => {
    const [first] = findArtifacts(hq.data, 'chart.png');
    const id = first?.id ?? '';
    const response = await api(`/v1/api/artifacts/${id}`, hq.tokens.readWrite, { method: 'DELETE' });
    expect(await response.json()).toEqual({ id, deleted: true });

    expect((await api(`/v1/api/artifacts/${id}/download`)).status).toBe(404);
    expect((await api(`/v1/api/artifacts/${id}`, hq.tokens.readWrite, { method: 'DELETE' })).status).toBe(404);
    const { artifacts } = (await json('/v1/api/artifacts')) as { artifacts: Json[] };
    expect(artifacts.some((a) => a.id === id)).toBe(false);
    const zip = unzipSync(
      await bytes(await api(`/v1/api/conversations/${CONVERSATION_IDS.chartExports}/artifacts/download`)),
    );
    expect(Object.keys(zip)).toEqual(['report.html', 'chart.png', 'report (1).html']);
  });
});

describe('faults, outages and recording', () => {
  it('fails the next matching requests, with Retry-After, then recovers', async () => {
    hq.faults.failNext({ status: 429, times: 2, pathPattern: '/v1/api/artifacts', retryAfter: 3 });
    const first = await api('/v1/api/artifacts');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(await first.json()).toEqual({ error: expect.any(String) });
    expect((await api('/v1/api/me')).status).toBe(200); // not matching
    expect((await api('/v1/api/artifacts')).status).toBe(429);
    expect((await api('/v1/api/artifacts')).status).toBe(200);
  });

  it('drops connections, delays and pretends not to be HQ', async () => {
    hq.faults.dropNext({ pathPattern: /\/me$/ });
    await expect(api('/v1/api/me')).rejects.toThrow();
    expect((await api('/v1/api/me')).status).toBe(200);

    hq.faults.latency(150);
    const started = Date.now();
    await api('/v1/api/me');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    hq.faults.clear();

    hq.faults.notHq(true);
    const notHq = await api('/v1/api/me');
    expect(notHq.status).toBe(200);
    expect(notHq.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('takes faults over HTTP too', async () => {
    const post = await fetch(`${hq.url}/__hq/faults`, {
      method: 'POST',
      body: JSON.stringify({ failNext: { status: 503, pathRegex: '^/v1/api/conversations\\?', method: 'GET' } }),
    });
    expect(post.status).toBe(200);
    expect((await api('/v1/api/conversations?q=x')).status).toBe(503);
    expect((await api('/v1/api/conversations?q=x')).status).toBe(200);

    await fetch(`${hq.url}/__hq/faults`, { method: 'POST', body: JSON.stringify({ notHq: true }) });
    await fetch(`${hq.url}/__hq/faults`, { method: 'DELETE' });
    expect((await api('/v1/api/me')).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('goes down and comes back on the same port', async () => {
    await hq.stop();
    await expect(api('/v1/api/me')).rejects.toThrow();
    await hq.start();
    expect((await api('/v1/api/me')).status).toBe(200);
  });

  it('records method, path, query and the token sent', async () => {
    const artifact = findArtifact(hq.data, 'logo.svg');
    await api(`/v1/api/artifacts/${artifact.id}/download`, hq.tokens.readOnly);
    await api('/v1/api/conversations?page=2');
    expect(hq.requests).toMatchObject([
      {
        method: 'GET',
        path: `/v1/api/artifacts/${artifact.id}/download`,
        query: '',
        authorization: `Bearer ${hq.tokens.readOnly}`,
      },
      { method: 'GET', path: '/v1/api/conversations', query: 'page=2' },
    ]);
  });

  it('answers preflights permissively', async () => {
    const response = await fetch(`${hq.url}/v1/api/artifacts`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
  });
});

describe('web app', () => {
  it('serves conversation pages whose artifact links are absolute API download URLs', async () => {
    const q3 = conversationByTitle(hq.data, 'Q3 revenue analysis');
    for (const path of [`/conversations/${q3.id}`, `/c/${q3.id}`]) {
      const response = await fetch(`${hq.webAppUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('history.pushState');
      expect(html).toContain(`${hq.url}/v1/api/artifacts/${findArtifact(hq.data, 'q3-revenue.pdf').id}/download`);
    }
    expect((await fetch(`${hq.url}/conversations/${q3.id}`)).status).toBe(200); // any Host header
    expect((await fetch(`${hq.webAppUrl}/`)).status).toBe(200);
  });

  it('escapes hostile names out of the embedded JSON', async () => {
    const html = await (await fetch(`${hq.webAppUrl}/conversations/${CONVERSATION_IDS.securityReview}`)).text();
    const embedded = /<script type="application\/json" id="hq-data">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const data = JSON.parse(embedded) as { conversations: { id: string; artifacts: { name: string }[] }[] };
    const review = data.conversations.find((c) => c.id === CONVERSATION_IDS.securityReview);
    expect(review?.artifacts.map((a) => a.name)).toContain('../x.txt');
  });

  it('answers HTML, not JSON, for other paths and for the API on the web app origin', async () => {
    for (const url of [`${hq.webAppUrl}/v1/api/me`, `${hq.url}/nowhere`, `${hq.webAppUrl}/conversations/not-a-uuid`]) {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${hq.tokens.readWrite}` } });
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type'), url).toMatch(/^text\/html/);
    }
  });
});
