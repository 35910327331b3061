import { beforeEach, describe, expect, it } from 'vitest';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';
import type { CachedList } from '@/lib/model/cached-list';
import { set } from 'idb-keyval';
import {
  CACHE_SCHEMA_VERSION,
  HEAD_ROWS,
  INDEX_RECORD,
  LIST_STORE,
  WORKSPACE_LIST,
  cacheKey,
  conversationList,
  headOf,
  readCachedList,
  readRecord,
  workspaceCacheKey,
  type ListName,
} from '@/lib/list-store/list-cache';
import { WorkspaceIndexSchema } from '@/lib/workspace-index/index-schema';
import { clearAllCachedLists, fetchAndCacheList, forgetCachedArtifact } from '@/lib/list-store/background/list-writer';

function artifact(id: string, name: string): HqArtifact {
  return {
    id,
    name,
    content_type: 'application/pdf',
    size_bytes: 81_234,
    caption: null,
    sensitive: false,
    created_at: '2026-06-10T09:14:00Z',
    conversation_id: null,
    conversation_title: null,
    download_url: `/v1/api/artifacts/${id}/download`,
  };
}

function list(...names: string[]): CachedList {
  return { artifacts: names.map((name, i) => artifact(`id-${i}-${name}`, name)), fetchedAt: 1_781_082_840_000 };
}

const person = (serverUrl: string, identityKey: string): Account => ({
  serverUrl,
  identityKey,
  displayName: identityKey,
  email: identityKey,
});
const alice = person('https://api.hq.zone', 'alice@example.com');
const bob = person('https://api.hq.zone', 'bob@example.com');
const aliceOnStaging = person('https://staging.hq.zone', 'alice@example.com');

/** Caches `value` as if HQ had just answered with it (the only way a list gets into the cache). */
function store(account: Account, value: CachedList, name: ListName = WORKSPACE_LIST): Promise<CachedList> {
  return fetchAndCacheList(account, name, async () => ({ artifacts: value.artifacts }));
}

/** A fetch the test answers when it chooses. */
function deferredFetch() {
  let answer!: (artifacts: HqArtifact[]) => void;
  const promise = new Promise<HqArtifact[]>((resolve) => (answer = resolve));
  return { fetch: () => promise.then((artifacts) => ({ artifacts })), answer };
}

beforeEach(async () => {
  // fake-indexeddb lives for the whole file: start every test from an empty cache.
  await clearAllCachedLists();
});

describe('cache keys', () => {
  it('differ between identities on one server and one identity on two servers', () => {
    const keys = [alice, bob, aliceOnStaging].map(workspaceCacheKey);
    expect(new Set(keys).size).toBe(3);
  });

  it('are stable for the same account', () => {
    expect(workspaceCacheKey({ ...alice })).toBe(workspaceCacheKey(alice));
    expect(workspaceCacheKey(alice)).toBe(cacheKey(alice, WORKSPACE_LIST));
  });

  it('differ between lists of one account', () => {
    expect(cacheKey(alice, conversationList('c1'))).not.toBe(cacheKey(alice, WORKSPACE_LIST));
    expect(cacheKey(alice, conversationList('c1'))).not.toBe(cacheKey(alice, conversationList('c2')));
  });

  it('cannot be forged by moving a separator between server, identity and list', () => {
    const tricky = [
      cacheKey({ serverUrl: 'a|b', identityKey: 'c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: 'b|c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: 'b' }, 'c|l' as ListName),
      cacheKey({ serverUrl: 'a:b', identityKey: 'c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: 'b:c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a/b', identityKey: 'c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: '/b/c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a","b', identityKey: 'c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: 'b","c' }, 'l' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: '' }, 'bc' as ListName),
      cacheKey({ serverUrl: 'ab', identityKey: '' }, 'c' as ListName),
      cacheKey({ serverUrl: 'a', identityKey: 'bc' }, '' as ListName),
    ];
    expect(new Set(tricky).size).toBe(tricky.length);
  });
});

describe('cached lists', () => {
  it('reads back exactly what was written', async () => {
    const value = list('q3-revenue.pdf', 'Überblick.md', '../x');
    await store(alice, value);
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts).toEqual(value.artifacts);
  });

  it('has nothing for an account that was never cached', async () => {
    expect(await readCachedList(workspaceCacheKey(alice))).toBeUndefined();
  });

  it("never shows one account's list to another account", async () => {
    await store(alice, list('alice-secret.pdf'));
    expect(await readCachedList(workspaceCacheKey(bob))).toBeUndefined();
    expect(await readCachedList(workspaceCacheKey(aliceOnStaging))).toBeUndefined();

    await store(bob, list('bob.pdf'));
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual([
      'alice-secret.pdf',
    ]);
    expect((await readCachedList(workspaceCacheKey(bob)))?.artifacts.map((a) => a.name)).toEqual(['bob.pdf']);
  });

  it('does not mix up accounts whose parts only differ by where a separator falls', async () => {
    const first = person('a|b', 'c');
    const second = person('a', 'b|c');
    await store(first, list('first.pdf'));
    expect(await readCachedList(workspaceCacheKey(second))).toBeUndefined();
  });

  it('replaces the previous list on a newer write', async () => {
    const key = workspaceCacheKey(alice);
    await store(alice, list('old.pdf'));
    const newer = list('new.pdf', 'old.pdf');
    await store(alice, newer);
    expect((await readCachedList(key))?.artifacts).toEqual(newer.artifacts);
  });

  it('keeps an empty list apart from no list at all', async () => {
    await store(alice, { artifacts: [], fetchedAt: 1 });
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts).toEqual([]);
  });

  it('forgets every account on clearAll (sign-out)', async () => {
    await store(alice, list('a.pdf'));
    await store(bob, list('b.pdf'));
    await store(aliceOnStaging, list('c.pdf'), conversationList('c1'));
    await clearAllCachedLists();
    for (const key of [
      workspaceCacheKey(alice),
      workspaceCacheKey(bob),
      cacheKey(aliceOnStaging, conversationList('c1')),
    ]) {
      expect(await readCachedList(key)).toBeUndefined();
    }
    // The cache still works after being cleared.
    await store(alice, list('again.pdf'));
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual(['again.pdf']);
  });
});

describe('the one writer of cached lists', () => {
  it('shares one request between concurrent refreshes of the same list', async () => {
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return { artifacts: list('a.pdf').artifacts };
    };
    await Promise.all([
      fetchAndCacheList(alice, WORKSPACE_LIST, fetch),
      fetchAndCacheList(alice, WORKSPACE_LIST, fetch),
    ]);
    expect(calls).toBe(1);
  });

  it.each([
    ['the workspace list', WORKSPACE_LIST],
    ['a conversation list', conversationList('c1')],
  ])('never stores %s that was fetched before a sign-out', async (_, name) => {
    const pending = deferredFetch();
    const request = fetchAndCacheList(alice, name, pending.fetch);
    await clearAllCachedLists(); // sign-out while HQ is still answering
    pending.answer(list('alice-secret.pdf').artifacts);
    // The caller still gets its answer; the cache does not keep it.
    expect((await request).artifacts.map((a) => a.name)).toEqual(['alice-secret.pdf']);
    expect(await readCachedList(cacheKey(alice, name))).toBeUndefined();
  });

  it('keeps an account switch from leaving the previous account’s conversation list behind', async () => {
    const pending = deferredFetch();
    const request = fetchAndCacheList(alice, conversationList('c1'), pending.fetch);
    await clearAllCachedLists(); // the account switch clears everything
    await store(bob, list('bob.pdf'), conversationList('c1'));
    pending.answer(list('alice-secret.pdf').artifacts);
    await request;
    expect(await readCachedList(cacheKey(alice, conversationList('c1')))).toBeUndefined();
    expect((await readCachedList(cacheKey(bob, conversationList('c1'))))?.artifacts.map((a) => a.name)).toEqual([
      'bob.pdf',
    ]);
  });

  it('stores lists fetched after the sign-out again', async () => {
    await clearAllCachedLists();
    await store(alice, list('after.pdf'));
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual(['after.pdf']);
  });

  it('does not bring back an artifact deleted while a list was being fetched', async () => {
    const before = list('keep.pdf', 'gone.pdf');
    await store(alice, before);
    const pending = deferredFetch();
    const request = fetchAndCacheList(alice, WORKSPACE_LIST, pending.fetch);
    await new Promise((resolve) => setTimeout(resolve, 2)); // the delete happens after the request left
    await forgetCachedArtifact(alice, before.artifacts[1]!.id);
    pending.answer(before.artifacts);
    expect((await request).artifacts.map((a) => a.name)).toEqual(['keep.pdf']);
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual(['keep.pdf']);
  });

  it('removes a deleted artifact from its conversation’s list too', async () => {
    const shared = { ...artifact('a1', 'chart.png'), conversation_id: 'c1' };
    await store(alice, { artifacts: [shared], fetchedAt: 1 });
    await store(alice, { artifacts: [shared], fetchedAt: 1 }, conversationList('c1'));
    expect(await forgetCachedArtifact(alice, 'a1')).toEqual([]);
    expect((await readCachedList(cacheKey(alice, conversationList('c1'))))?.artifacts).toEqual([]);
  });

  it('keeps the cached list when HQ’s answer is unusable', async () => {
    await store(alice, list('keep-me.pdf'));
    const broken = Object.assign(new Error('None of the rows could be read'), { kind: 'malformed' });
    await expect(
      fetchAndCacheList(alice, WORKSPACE_LIST, async () => {
        throw broken;
      }),
    ).rejects.toBe(broken);
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual(['keep-me.pdf']);
  });
});

describe('headOf', () => {
  it('keeps the first screenful of a long list, and says how long the whole is', () => {
    const long = list(...Array.from({ length: 1000 }, (_, i) => `f${i}.txt`));
    const head = headOf(long)!;
    expect(head.artifacts).toEqual(long.artifacts.slice(0, HEAD_ROWS));
    expect(head.partialOf).toBe(1000);
    expect(head.fetchedAt).toBe(long.fetchedAt);
  });
  it('is a short list whole, so the first paint reads one record either way', () => {
    const short = list('a.txt', 'b.txt');
    expect(headOf(short)).toEqual(short);
    expect(headOf(short).partialOf).toBeUndefined();
  });
});

describe('records written by another version of the extension', () => {
  const key = workspaceCacheKey(alice);

  it('an older record (no schema version, or an older one) reads as none, and the next fetch rebuilds it', async () => {
    await set(key, list('from-an-older-version.pdf'), LIST_STORE); // how version 1 stored a list
    expect(await readCachedList(key)).toBeUndefined();
    await set(key, { schema: CACHE_SCHEMA_VERSION - 1, value: list('older.pdf') }, LIST_STORE);
    expect(await readCachedList(key)).toBeUndefined();
    await fetchAndCacheList(alice, WORKSPACE_LIST, async () => ({ artifacts: list('fresh.pdf').artifacts }));
    expect((await readCachedList(key))?.artifacts.map((a) => a.name)).toEqual(['fresh.pdf']);
  });

  it('a damaged record reads as none instead of reaching the UI', async () => {
    for (const damaged of [
      null,
      'text',
      { schema: CACHE_SCHEMA_VERSION, value: { artifacts: 'x', fetchedAt: 1 } },
      { schema: CACHE_SCHEMA_VERSION, value: { artifacts: [{ id: 1 }], fetchedAt: 1 } },
    ]) {
      await set(key, damaged, LIST_STORE);
      expect(await readCachedList(key), JSON.stringify(damaged)).toBeUndefined();
    }
  });

  it('a workspace index of an older shape reads as none (the walk rebuilds it)', async () => {
    const indexKey = cacheKey(alice, INDEX_RECORD);
    // Version 1's index: no schema version, conversations without `stale` and `missing`.
    const v1 = {
      conversations: {
        c1: { id: 'c1', title: null, agent: null, lastActivityAt: '2026', artifactCount: 1, artifacts: null },
      },
      walk: null,
      fullWalkAt: 1,
    } as const;
    await set(indexKey, v1, LIST_STORE);
    expect(await readRecord(indexKey, WorkspaceIndexSchema)).toBeUndefined();
    await set(indexKey, { schema: CACHE_SCHEMA_VERSION, value: v1 }, LIST_STORE);
    expect(await readRecord(indexKey, WorkspaceIndexSchema)).toBeUndefined();
    const current = { ...v1, conversations: { c1: { ...v1.conversations.c1, stale: true, missing: 0 } }, unreached: 0 };
    await set(indexKey, { schema: CACHE_SCHEMA_VERSION, value: current }, LIST_STORE);
    expect(await readRecord(indexKey, WorkspaceIndexSchema)).toEqual(current);
  });
});
