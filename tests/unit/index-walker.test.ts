import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { get, set } from 'idb-keyval';
import type { Session } from '@/lib/connection/background/session';
import {
  INDEX_RECORD,
  LIST_STORE,
  cacheKey,
  readCachedList,
  readRecord,
  workspaceCacheKey,
} from '@/lib/list-store/list-cache';
import { WorkspaceIndexSchema } from '@/lib/workspace-index/index-schema';
import { clearAllCachedLists } from '@/lib/list-store/background/list-writer';
import { pauseIndexing, refreshIndex } from '@/lib/workspace-index/background/index-walker';
import { unlistedArtifacts } from '@/lib/workspace-index/workspace-index';
import { startHqServer, type HqServer } from '../hq-server/server';
import { sessionOn } from './support/hq-session';

// The walker against the local HQ over real HTTP, with the cache in (fake) IndexedDB.

let hq: HqServer;
beforeAll(async () => {
  hq = await startHqServer({ workspace: { conversations: 60, artifacts: 400 } });
});
afterAll(() => hq.close());
beforeEach(async () => {
  hq.reset();
  await clearAllCachedLists();
});

const session = (signal?: AbortSignal, identityKey = 'ada') => sessionOn(hq, identityKey, signal);

const conversationLists = (from = 0) =>
  hq.requests.slice(from).filter((r) => /^\/v1\/api\/conversations\/[^/]+\/artifacts$/.test(r.path));
const withArtifacts = () => new Set(hq.data.artifacts.map((a) => a.conversation_id).filter(Boolean)).size;
const inConversations = () => hq.data.artifacts.filter((a) => a.conversation_id !== null).length;

describe('the workspace index walker', () => {
  it('finds every artifact that is in a conversation, and then looks again for only what changed', async () => {
    const s = session();
    await refreshIndex(s);
    const listed = (await readCachedList(workspaceCacheKey(s.account)))!.artifacts;
    expect(listed.length).toBe(inConversations());
    expect(conversationLists().length).toBe(withArtifacts()); // empty conversations are never listed

    const from = hq.requests.length;
    const conversation = hq.data.conversations.find((c) => c.title === 'Chart exports')!;
    hq.addArtifact(conversation.id, { name: 'fresh.csv' });
    await refreshIndex(s);
    const again = hq.requests.slice(from).map((r) => r.path);
    expect(again.filter((p) => p === '/v1/api/conversations')).toHaveLength(1); // the first page only
    expect(conversationLists(from).map((r) => r.path)).toEqual([`/v1/api/conversations/${conversation.id}/artifacts`]);
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.some((a) => a.name === 'fresh.csv')).toBe(
      true,
    );
  });

  it('survives a 429 with Retry-After', async () => {
    const s = session();
    hq.faults.failNext({ status: 429, times: 1, pathPattern: '/v1/api/conversations?', retryAfter: 1 });
    await refreshIndex(s);
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.length).toBe(inConversations());
  });

  it('resumes where a stopped walk left off, without listing anything twice', async () => {
    const s = session();
    // HQ refuses half-way (as if the worker had been stopped there): what was listed is kept.
    let calls = 0;
    const failing: Session = {
      ...s,
      client: {
        ...s.client,
        listConversationArtifacts: async (id: string) =>
          ++calls > 10 ? Promise.reject(new Error('stopped')) : s.client.listConversationArtifacts(id),
      },
    };
    await refreshIndex(failing);
    const saved = await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema);
    expect(saved?.walk).not.toBeNull();
    const listedBefore = conversationLists().length;
    expect(listedBefore).toBe(10);

    await refreshIndex(s);
    expect(conversationLists().length).toBe(withArtifacts());
    expect(new Set(conversationLists().map((r) => r.path)).size).toBe(withArtifacts()); // none twice
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.length).toBe(inConversations());
  });

  it('pauses when asked and goes on later', async () => {
    const s = session();
    const walking = refreshIndex(s);
    pauseIndexing(s.account);
    await walking;
    const paused = await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema);
    expect(paused?.walk).not.toBeNull();
    await refreshIndex(s);
    expect((await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema))?.walk).toBeNull();
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.length).toBe(inConversations());
  });

  it('pauses only the walk of the account whose Pause was pressed', async () => {
    const ada = session(undefined, 'ada');
    const bob = session(undefined, 'bob');
    const adaWalking = refreshIndex(ada);
    const bobWalking = refreshIndex(bob);
    pauseIndexing(ada.account);
    await Promise.all([adaWalking, bobWalking]);
    expect((await readRecord(cacheKey(ada.account, INDEX_RECORD), WorkspaceIndexSchema))?.walk).not.toBeNull();
    expect((await readRecord(cacheKey(bob.account, INDEX_RECORD), WorkspaceIndexSchema))?.walk).toBeNull();
    expect((await readCachedList(workspaceCacheKey(bob.account)))!.artifacts.length).toBe(inConversations());
  });

  it('keeps a Pause pressed before another account’s walk starts', async () => {
    const ada = session(undefined, 'ada');
    const adaWalking = refreshIndex(ada);
    pauseIndexing(ada.account);
    const bobWalking = refreshIndex(session(undefined, 'bob'));
    await Promise.all([adaWalking, bobWalking]);
    expect((await readRecord(cacheKey(ada.account, INDEX_RECORD), WorkspaceIndexSchema))?.walk).not.toBeNull();
  });

  it('writes nothing for an account that signed out meanwhile', async () => {
    const s = session();
    const walking = refreshIndex(s);
    await clearAllCachedLists();
    await walking;
    expect(await readCachedList(workspaceCacheKey(s.account))).toBeUndefined();
    expect(await get(cacheKey(s.account, INDEX_RECORD), LIST_STORE)).toBeUndefined();
  });

  describe('however HQ pages a conversation’s list', () => {
    /** One conversation grown past two pages of 100, older than the rest: beyond HQ's newest 500 in a real workspace. */
    function longConversation(): string {
      const id = hq.data.conversations.find((c) => c.title === 'Chart exports')!.id;
      for (let i = 0; i < 156; i++)
        hq.addArtifact(id, { name: `long-${i}.txt`, created_at: new Date(Date.UTC(2019, 0, 1, 0, i)).toISOString() });
      return id;
    }

    it.each(['pages', 'ignored'] as const)(
      '%s: every artifact, each once, nothing reported missing',
      async (paging) => {
        hq.faults.pageArtifacts(paging);
        longConversation();
        const s = session();
        await refreshIndex(s);
        const listed = (await readCachedList(workspaceCacheKey(s.account)))!.artifacts;
        expect(listed.length).toBe(inConversations());
        expect(new Set(listed.map((a) => a.id)).size).toBe(listed.length);
        const index = (await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema))!;
        expect(unlistedArtifacts(index)).toEqual({ artifacts: 0, conversations: 0, unreached: 0 });
      },
    );

    it('page_size without page: what HQ would not list is recorded as missing, no duplicates, and asked for again on the next walk', async () => {
      hq.faults.pageArtifacts('page-size-only');
      const id = longConversation();
      const expectedMissing = [
        ...new Set(hq.data.artifacts.map((a) => a.conversation_id).filter((c): c is string => !!c)),
      ]
        .map((c) => Math.max(0, hq.data.artifacts.filter((a) => a.conversation_id === c).length - 100))
        .reduce((sum, n) => sum + n, 0);
      expect(expectedMissing).toBeGreaterThanOrEqual(60);
      const s = session();
      await refreshIndex(s);
      const listed = (await readCachedList(workspaceCacheKey(s.account)))!.artifacts;
      expect(new Set(listed.map((a) => a.id)).size).toBe(listed.length);
      expect(listed.length).toBe(inConversations() - expectedMissing);
      const index = (await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema))!;
      expect(index.conversations[id]).toMatchObject({ missing: 60, stale: false });
      expect(unlistedArtifacts(index).artifacts).toBe(expectedMissing);

      // HQ fixed: the next walk asks again, and finds them.
      hq.faults.pageArtifacts('pages');
      const from = hq.requests.length;
      await refreshIndex(s);
      expect(conversationLists(from).some((r) => r.path === `/v1/api/conversations/${id}/artifacts`)).toBe(true);
      expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.length).toBe(inConversations());
      expect(unlistedArtifacts((await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema))!)).toEqual({
        artifacts: 0,
        conversations: 0,
        unreached: 0,
      });
    });
  });

  it('rebuilds an index an older version of the extension wrote, instead of failing on it', async () => {
    const s = session();
    const v1 = {
      conversations: {
        x: { id: 'x', title: null, agent: null, lastActivityAt: '2026', artifactCount: 3, artifacts: null },
      },
      walk: { nextPage: 4 },
      fullWalkAt: null,
    };
    await set(cacheKey(s.account, INDEX_RECORD), v1, LIST_STORE);
    await refreshIndex(s);
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.length).toBe(inConversations());
    const rebuilt = (await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema))!;
    expect(rebuilt.conversations.x).toBeUndefined();
    expect(rebuilt.fullWalkAt).not.toBeNull();
  });

  it('stops at once when the session ends: no request after the sign-out, no notice, nothing written', async () => {
    const signOut = new AbortController();
    const s = session(signOut.signal);
    hq.faults.latency(30);
    const walking = refreshIndex(s);
    await expect.poll(() => conversationLists().length).toBeGreaterThan(2);
    signOut.abort(new Error('signed out'));
    const at = Date.now();
    await clearAllCachedLists(); // what sign-out does next
    await walking;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = hq.requests.filter((r) => r.time > at + 5);
    expect(after.map((r) => `${r.path}?${r.query}`)).toEqual([]);
    expect(await get(cacheKey(s.account, INDEX_RECORD), LIST_STORE)).toBeUndefined();
  });

  it('a 429’s wait ends with the session, without asking again', { timeout: 25_000 }, async () => {
    const signOut = new AbortController();
    const s = session(signOut.signal);
    hq.faults.failNext({ status: 429, times: 1, pathPattern: '/v1/api/conversations?', retryAfter: 30 });
    const walking = refreshIndex(s);
    await expect.poll(() => hq.requests.length).toBeGreaterThan(0);
    const started = Date.now();
    signOut.abort(new Error('signed out'));
    await walking;
    expect(Date.now() - started).toBeLessThan(20_000); // not the 30 s HQ asked for
    expect(hq.requests.filter((r) => r.path === '/v1/api/conversations')).toHaveLength(1);
  });
});
