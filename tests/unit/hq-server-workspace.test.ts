// The stand-in's large workspace, over real HTTP: GET /v1/api/artifacts stops
// at the newest 500, so older artifacts are reached by walking the paged
// conversations list (sort=recent by last_activity_at, with artifact_count)
// and listing each conversation. The server must make that walk complete and
// keep last_activity_at and artifact_count honest when things change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONVERSATION_IDS, createDemoData, WORKSPACE_ID_PREFIXES } from '../hq-server/demo-data';
import { startHqServer, type HqServer } from '../hq-server/server';

const SIZE = { conversations: 155, artifacts: 864 };

let hq: HqServer;

beforeAll(async () => {
  hq = await startHqServer({ workspace: SIZE });
});
afterAll(async () => {
  await hq.close();
});
beforeEach(() => {
  hq.reset();
});

interface Row {
  id: string;
  title: string | null;
  last_activity_at: string;
  last_text: string | null;
  artifact_count: number;
  agent: { display_name: string };
}
interface Page {
  conversations: Row[];
  page: number;
  page_size: number;
  total: number;
}
interface WorkspaceArtifact {
  id: string;
  name: string;
  created_at: string;
  conversation_id: string | null;
  conversation_title: string | null;
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${hq.url}${path}`, { headers: { Authorization: `Bearer ${hq.tokens.readWrite}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const status = async (path: string, init: RequestInit = {}): Promise<number> =>
  (await fetch(`${hq.url}${path}`, { ...init, headers: { Authorization: `Bearer ${hq.tokens.readWrite}` } })).status;

const generated = (id: string | null): boolean => id?.startsWith(WORKSPACE_ID_PREFIXES.artifact) ?? false;

/** Every conversation row, page by page, as the extension would walk them. */
async function walk(sort = 'recent'): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const body = await get<Page>(`/v1/api/conversations?sort=${sort}&page_size=100&page=${page}`);
    expect(body).toMatchObject({ page, page_size: 100 });
    rows.push(...body.conversations);
    if (body.conversations.length < 100) {
      expect(rows).toHaveLength(body.total);
      return rows;
    }
  }
}

async function rowOf(id: string): Promise<Row | undefined> {
  return (await walk()).find((r) => r.id === id);
}

const newest500 = async (): Promise<WorkspaceArtifact[]> =>
  (await get<{ artifacts: WorkspaceArtifact[] }>('/v1/api/artifacts')).artifacts;

describe('a large workspace', () => {
  it('keeps most generated artifacts out of the newest 500', async () => {
    const list = await newest500();
    expect(list).toHaveLength(500);
    const shown = new Set(list.map((a) => a.id));
    const hidden = hq.data.artifacts.filter((a) => generated(a.id) && !shown.has(a.id));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hq.data.artifacts.filter((a) => generated(a.id))).toHaveLength(SIZE.artifacts);
  });

  it('reaches every attached artifact by walking the conversations, with honest artifact counts', async () => {
    const rows = await walk();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.filter((r) => r.id.startsWith(WORKSPACE_ID_PREFIXES.conversation))).toHaveLength(SIZE.conversations);
    const times = rows.map((r) => r.last_activity_at);
    expect(times).toEqual([...times].sort().reverse());

    const found = new Set<string>();
    for (const row of rows) {
      // Pages of 25 by default, as HQ's reference describes: read them all.
      const artifacts: { id: string; created_at: string }[] = [];
      for (let page = 1; ; page++) {
        const part = await get<{ artifacts: { id: string; created_at: string }[] }>(
          `/v1/api/conversations/${row.id}/artifacts?page=${page}`,
        );
        artifacts.push(...part.artifacts);
        if (part.artifacts.length < 25) break;
      }
      expect(artifacts.length, row.id).toBe(row.artifact_count);
      const created = artifacts.map((a) => a.created_at);
      expect(created).toEqual([...created].sort()); // oldest first
      if (created.length) expect(row.last_activity_at >= (created.at(-1) ?? '')).toBe(true);
      artifacts.forEach((a) => found.add(a.id));
    }
    const attached = hq.data.artifacts.filter((a) => a.conversation_id !== null).map((a) => a.id);
    expect(found.size).toBe(attached.length);
    expect(attached.every((id) => found.has(id))).toBe(true);

    // Spread unevenly: some conversations hold nothing, some a lot.
    const counts = rows.filter((r) => r.id.startsWith(WORKSPACE_ID_PREFIXES.conversation)).map((r) => r.artifact_count);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(5);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(20);
  });

  it('generates realistic, deterministic data: repeated names, captions, sensitive files, last activity from messages and files', () => {
    const mine = hq.data.artifacts.filter((a) => generated(a.id));
    expect(mine.every((a) => /^[a-z]+-\d{4,}\.[a-z]+$/.test(a.name))).toBe(true);
    const conversationsByName = new Map<string, Set<string | null>>();
    for (const a of mine)
      conversationsByName.set(a.name, (conversationsByName.get(a.name) ?? new Set()).add(a.conversation_id));
    expect([...conversationsByName.values()].some((ids) => ids.size > 1)).toBe(true);
    expect(mine.some((a) => a.caption !== null)).toBe(true);
    expect(mine.some((a) => a.sensitive)).toBe(true);
    expect(mine.every((a) => a.bytes.length < 2048)).toBe(true);
    const years = new Set(mine.map((a) => a.created_at.slice(0, 4)));
    expect([...years].sort()).toEqual(['2024', '2025', '2026']);

    for (const c of hq.data.conversations.filter((c) => c.id.startsWith(WORKSPACE_ID_PREFIXES.conversation))) {
      const newest =
        mine
          .filter((a) => a.conversation_id === c.id)
          .map((a) => a.created_at)
          .sort()
          .at(-1) ?? '';
      const lastMessage = c.messages.at(-1)?.at ?? '';
      expect(c.last_activity_at).toBe(newest > lastMessage ? newest : lastMessage);
    }

    const again = createDemoData({ workspace: SIZE });
    expect(again.artifacts.map((a) => [a.id, a.name, a.created_at, a.conversation_id])).toEqual(
      hq.data.artifacts.map((a) => [a.id, a.name, a.created_at, a.conversation_id]),
    );
  });

  it('filters, sorts and pages many conversations as hq-api.md says', async () => {
    const first = await get<Page>('/v1/api/conversations');
    expect(first).toMatchObject({ page: 1, page_size: 25 });
    expect(first.conversations).toHaveLength(25);
    const total = first.total;
    expect(total).toBe(SIZE.conversations + 8); // the demo's fast thread is not listed by default

    const recent = await walk('recent');
    const oldest = await walk('oldest');
    expect(oldest.map((r) => r.last_activity_at)).toEqual(recent.map((r) => r.last_activity_at).reverse());
    expect(new Set(oldest.map((r) => r.id))).toEqual(new Set(recent.map((r) => r.id)));

    const byTitle = await walk('title');
    const titles = byTitle.map((r) => r.title);
    const firstUntitled = titles.indexOf(null);
    expect(firstUntitled).toBeGreaterThan(0);
    expect(titles.slice(firstUntitled).every((t) => t === null)).toBe(true);
    const named = titles.slice(0, firstUntitled) as string[];
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    const search = await get<Page>('/v1/api/conversations?q=REVENUE&page_size=100');
    const matches = (r: Row): boolean =>
      [r.title, r.agent.display_name, r.last_text].some((s) => s?.toLowerCase().includes('revenue'));
    expect(search.total).toBe(recent.filter(matches).length);
    expect(search.total).toBeGreaterThan(1);
    expect(search.conversations.every(matches)).toBe(true);

    const beyond = await get<Page>(`/v1/api/conversations?page=${Math.ceil(total / 100) + 1}&page_size=100`);
    expect(beyond).toMatchObject({ conversations: [], total });
    expect((await get<Page>('/v1/api/conversations?page_size=500')).conversations).toHaveLength(100);
  });
});

describe('changes between two looks', () => {
  it('adding an artifact (over HTTP) moves its conversation to the top with a newer last_activity_at and one more artifact', async () => {
    const before = await walk();
    const target = before.filter((r) => r.artifact_count > 0).at(-1)!; // the stalest conversation with files
    expect(target.id).not.toBe(before[0]?.id);

    const response = await fetch(`${hq.url}/__hq/artifacts`, {
      method: 'POST',
      body: JSON.stringify({
        conversation_id: target.id,
        name: 'late-delivery.csv',
        bytes: 'a,b\n1,2\n',
        caption: 'Arrived later',
      }),
    });
    expect(response.status).toBe(201);
    const { artifact, conversation } = (await response.json()) as {
      artifact: WorkspaceArtifact & { size_bytes: number };
      conversation: Row;
    };
    expect(artifact).toMatchObject({ name: 'late-delivery.csv', conversation_id: target.id, size_bytes: 8 });
    expect(artifact.id).toBe(`${WORKSPACE_ID_PREFIXES.added}-0000-4000-8000-000000000001`);
    expect(artifact.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(conversation).toMatchObject({
      id: target.id,
      artifact_count: target.artifact_count + 1,
      last_activity_at: artifact.created_at,
    });

    const top = (await get<Page>('/v1/api/conversations?sort=recent&page_size=1')).conversations[0];
    expect(top).toMatchObject({ id: target.id, artifact_count: target.artifact_count + 1 });
    expect(top!.last_activity_at > target.last_activity_at).toBe(true);
    expect((await newest500())[0]).toMatchObject({ id: artifact.id, conversation_id: target.id });
    const { artifacts } = await get<{ artifacts: { id: string }[] }>(`/v1/api/conversations/${target.id}/artifacts`);
    expect(artifacts.at(-1)?.id).toBe(artifact.id);
    const download = await fetch(`${hq.url}/v1/api/artifacts/${artifact.id}/download`, {
      headers: { Authorization: `Bearer ${hq.tokens.readOnly}` },
    });
    expect(await download.text()).toBe('a,b\n1,2\n');
    expect(download.headers.get('content-type')).toBe('text/csv');
  });

  it('adds in-process too; a backdated artifact does not move last_activity_at backwards; bad input is refused', async () => {
    const conversation = hq.data.conversations.find((c) => c.id.startsWith(WORKSPACE_ID_PREFIXES.conversation))!;
    const was = conversation.last_activity_at;
    const old = hq.addArtifact(conversation.id, { name: 'backfill.png', created_at: '2024-01-01T00:00:00.750Z' });
    expect(old).toMatchObject({
      created_at: '2024-01-01T00:00:00Z',
      content_type: 'image/png',
      conversation_id: conversation.id,
    });
    expect([...old.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(conversation.last_activity_at).toBe(was);
    expect((await rowOf(conversation.id))?.last_activity_at).toBe(was);

    expect(() => hq.addArtifact(CONVERSATION_IDS.benchmark, { name: 'x.txt' })).toThrow(/no conversation/);
    const post = (body: object): Promise<number> =>
      status('/__hq/artifacts', { method: 'POST', body: JSON.stringify(body) });
    expect(await post({ conversation_id: CONVERSATION_IDS.benchmark, name: 'x.txt' })).toBe(404);
    expect(await post({ conversation_id: conversation.id })).toBe(400);
    expect(await post({ conversation_id: conversation.id, name: 'x.txt', created_at: 'yesterday' })).toBe(400);
  });

  it('deleting an artifact lowers artifact_count and leaves last_activity_at', async () => {
    const target = (await walk()).find((r) => r.artifact_count > 1)!;
    const { artifacts } = await get<{ artifacts: { id: string }[] }>(`/v1/api/conversations/${target.id}/artifacts`);
    const newest = artifacts.at(-1)!;
    expect(await status(`/v1/api/artifacts/${newest.id}`, { method: 'DELETE' })).toBe(200);
    expect(await rowOf(target.id)).toMatchObject({
      artifact_count: target.artifact_count - 1,
      last_activity_at: target.last_activity_at,
    });
  });

  it('a deleted conversation 404s, leaves the lists, and its kept artifacts show up detached', async () => {
    const attachedNewest = (await newest500()).find((a) => a.conversation_id !== null)!;
    const id = attachedNewest.conversation_id!;
    const totalBefore = (await get<Page>('/v1/api/conversations')).total;

    const kept = hq.deleteConversation(id, { keepArtifacts: true });
    expect(kept.length).toBeGreaterThan(0);
    expect(await status(`/v1/api/conversations/${id}`)).toBe(404);
    expect(await status(`/v1/api/conversations/${id}/artifacts`)).toBe(404);
    expect(await status(`/v1/api/conversations/${id}/artifacts/download`)).toBe(404);
    expect((await get<Page>('/v1/api/conversations')).total).toBe(totalBefore - 1);
    expect((await walk()).some((r) => r.id === id)).toBe(false);

    const list = await newest500();
    expect(list.find((a) => a.id === attachedNewest.id)).toMatchObject({
      conversation_id: null,
      conversation_title: null,
    });
    const keptIds = new Set(kept.map((a) => a.id));
    expect(
      list.filter((a) => keptIds.has(a.id)).every((a) => a.conversation_id === null && a.conversation_title === null),
    ).toBe(true);
    expect(await status(`/v1/api/artifacts/${attachedNewest.id}/download`)).toBe(200);
  });

  it('a conversation deleted with its artifacts takes them along', async () => {
    const gone = hq.deleteConversation(CONVERSATION_IDS.q3Revenue, { keepArtifacts: false });
    expect(gone.length).toBe(6);
    const ids = new Set((await newest500()).map((a) => a.id));
    expect(gone.some((a) => ids.has(a.id))).toBe(false);
    expect(await status(`/v1/api/artifacts/${gone[0]!.id}/download`)).toBe(404);
    expect(() => hq.deleteConversation(CONVERSATION_IDS.q3Revenue, { keepArtifacts: true })).toThrow(/no conversation/);
  });

  it('reset() restores the generated workspace exactly, and added ids start over', async () => {
    const snapshot = (): unknown => ({
      conversations: hq.data.conversations.map((c) => [c.id, c.title, c.last_activity_at]),
      artifacts: hq.data.artifacts.map((a) => [a.id, a.name, a.created_at, a.conversation_id, a.bytes.length]),
    });
    const fresh = snapshot();
    const victim = hq.data.conversations.find((c) => c.id.startsWith(WORKSPACE_ID_PREFIXES.conversation))!;
    hq.addArtifact(victim.id, { name: 'new.txt' });
    hq.deleteConversation(victim.id, { keepArtifacts: true });
    expect(snapshot()).not.toEqual(fresh);
    hq.reset();
    expect(snapshot()).toEqual(fresh);
    expect(hq.addArtifact(victim.id, { name: 'again.txt' }).id).toBe(
      `${WORKSPACE_ID_PREFIXES.added}-0000-4000-8000-000000000001`,
    );
  });
});

describe('10,000 artifacts in 1,000 conversations', () => {
  it('generate quickly and list quickly (times logged, not asserted)', async () => {
    const started = performance.now();
    const data = createDemoData({ workspace: { conversations: 1000, artifacts: 10_000 } });
    const generatedMs = performance.now() - started;
    const demoOnly = performance.now();
    createDemoData();
    const demoMs = performance.now() - demoOnly;
    expect(data.artifacts.filter((a) => generated(a.id))).toHaveLength(10_000);

    const big = await startHqServer({ workspace: { conversations: 1000, artifacts: 10_000 } });
    try {
      const headers = { Authorization: `Bearer ${big.tokens.readOnly}` };
      const walkStarted = performance.now();
      let pages = 0;
      let biggest = { id: '', count: -1 };
      for (let page = 1; ; page++) {
        const body = (await (
          await fetch(`${big.url}/v1/api/conversations?page_size=100&page=${page}`, { headers })
        ).json()) as Page;
        pages += 1;
        for (const row of body.conversations)
          if (row.artifact_count > biggest.count) biggest = { id: row.id, count: row.artifact_count };
        if (body.conversations.length < 100) break;
      }
      const walkMs = performance.now() - walkStarted;
      const listStarted = performance.now();
      big.faults.pageArtifacts('ignored'); // one answer with everything: the cost of the largest list
      const { artifacts } = (await (
        await fetch(`${big.url}/v1/api/conversations/${biggest.id}/artifacts`, { headers })
      ).json()) as { artifacts: unknown[] };
      const listMs = performance.now() - listStarted;
      expect(artifacts).toHaveLength(biggest.count);
      console.log(
        `workspace 1,000 conversations / 10,000 artifacts: generated in ${generatedMs.toFixed(0)} ms (demo data alone ${demoMs.toFixed(0)} ms); ` +
          `${pages} pages of 100 conversations in ${walkMs.toFixed(0)} ms; the largest conversation (${biggest.count} artifacts) in ${listMs.toFixed(0)} ms`,
      );
    } finally {
      await big.close();
    }
  });
});
