import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { get } from 'idb-keyval';
import { createHqClient } from '@/lib/hq/hq-client';
import type { Session } from '@/lib/connection/background/session';
import type { Account } from '@/lib/messaging/payloads';
import { INDEX_RECORD, LIST_STORE, cacheKey, readCachedList, workspaceCacheKey } from '@/lib/artifact-list/list-cache';
import { clearAllCachedLists } from '@/lib/artifact-list/background/list-writer';
import { pauseIndexing, refreshIndex } from '@/lib/workspace-index/background/index-walker';
import type { WorkspaceIndex } from '@/lib/workspace-index/workspace-index';
import { startHqServer, type HqServer } from '../hq-server/server';

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

function session(): Session {
  const account: Account = { serverUrl: hq.url, identityKey: 'ada', displayName: 'Ada', email: null };
  const state = { serverUrl: hq.url, webAppUrl: hq.webAppUrl, oauthClientId: '', account, grantedScopes: null, signedOutReason: null, deleteRefused: false };
  return { client: createHqClient({ serverUrl: hq.url, token: hq.tokens.readWrite }), account, state };
}

const conversationLists = (from = 0) => hq.requests.slice(from).filter((r) => /^\/v1\/api\/conversations\/[^/]+\/artifacts$/.test(r.path));
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
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.some((a) => a.name === 'fresh.csv')).toBe(true);
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
      client: { ...s.client, listConversationArtifacts: async (id: string) => (++calls > 10 ? Promise.reject(new Error('stopped')) : s.client.listConversationArtifacts(id)) },
    };
    await refreshIndex(failing);
    const saved = await get<WorkspaceIndex>(cacheKey(s.account, INDEX_RECORD), LIST_STORE);
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
    pauseIndexing();
    await walking;
    const paused = await get<WorkspaceIndex>(cacheKey(s.account, INDEX_RECORD), LIST_STORE);
    expect(paused?.walk).not.toBeNull();
    await refreshIndex(s);
    expect((await get<WorkspaceIndex>(cacheKey(s.account, INDEX_RECORD), LIST_STORE))?.walk).toBeNull();
    expect((await readCachedList(workspaceCacheKey(s.account)))!.artifacts.length).toBe(inConversations());
  });

  it('writes nothing for an account that signed out meanwhile', async () => {
    const s = session();
    const walking = refreshIndex(s);
    await clearAllCachedLists();
    await walking;
    expect(await readCachedList(workspaceCacheKey(s.account))).toBeUndefined();
    expect(await get(cacheKey(s.account, INDEX_RECORD), LIST_STORE)).toBeUndefined();
  });
});
