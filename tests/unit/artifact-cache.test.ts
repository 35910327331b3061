import { beforeEach, describe, expect, it } from 'vitest';
import type { HqArtifact } from '@/lib/hq/hq-types';
import {
  WORKSPACE_LIST,
  cacheKey,
  clearAllCachedLists,
  deleteCachedList,
  readCachedList,
  workspaceCacheKey,
  writeCachedList,
  type CachedList,
} from '@/lib/cache/artifact-cache';

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

const alice = { serverUrl: 'https://api.hq.zone', identityKey: 'alice@example.com' };
const bob = { serverUrl: 'https://api.hq.zone', identityKey: 'bob@example.com' };
const aliceOnStaging = { serverUrl: 'https://staging.hq.zone', identityKey: 'alice@example.com' };

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
    expect(cacheKey(alice, 'conversation:c1')).not.toBe(cacheKey(alice, WORKSPACE_LIST));
    expect(cacheKey(alice, 'conversation:c1')).not.toBe(cacheKey(alice, 'conversation:c2'));
  });

  it('cannot be forged by moving a separator between server, identity and list', () => {
    const tricky = [
      cacheKey({ serverUrl: 'a|b', identityKey: 'c' }, 'l'),
      cacheKey({ serverUrl: 'a', identityKey: 'b|c' }, 'l'),
      cacheKey({ serverUrl: 'a', identityKey: 'b' }, 'c|l'),
      cacheKey({ serverUrl: 'a:b', identityKey: 'c' }, 'l'),
      cacheKey({ serverUrl: 'a', identityKey: 'b:c' }, 'l'),
      cacheKey({ serverUrl: 'a/b', identityKey: 'c' }, 'l'),
      cacheKey({ serverUrl: 'a', identityKey: '/b/c' }, 'l'),
      cacheKey({ serverUrl: 'a","b', identityKey: 'c' }, 'l'),
      cacheKey({ serverUrl: 'a', identityKey: 'b","c' }, 'l'),
      cacheKey({ serverUrl: 'a', identityKey: '' }, 'bc'),
      cacheKey({ serverUrl: 'ab', identityKey: '' }, 'c'),
      cacheKey({ serverUrl: 'a', identityKey: 'bc' }, ''),
    ];
    expect(new Set(tricky).size).toBe(tricky.length);
  });
});

describe('cached lists', () => {
  it('reads back exactly what was written', async () => {
    const value = list('q3-revenue.pdf', 'Überblick.md', '../x');
    await writeCachedList(workspaceCacheKey(alice), value);
    expect(await readCachedList(workspaceCacheKey(alice))).toEqual(value);
  });

  it('has nothing for an account that was never cached', async () => {
    expect(await readCachedList(workspaceCacheKey(alice))).toBeUndefined();
  });

  it("never shows one account's list to another account", async () => {
    await writeCachedList(workspaceCacheKey(alice), list('alice-secret.pdf'));
    expect(await readCachedList(workspaceCacheKey(bob))).toBeUndefined();
    expect(await readCachedList(workspaceCacheKey(aliceOnStaging))).toBeUndefined();

    await writeCachedList(workspaceCacheKey(bob), list('bob.pdf'));
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual(['alice-secret.pdf']);
    expect((await readCachedList(workspaceCacheKey(bob)))?.artifacts.map((a) => a.name)).toEqual(['bob.pdf']);
  });

  it('does not mix up accounts whose parts only differ by where a separator falls', async () => {
    const first = { serverUrl: 'a|b', identityKey: 'c' };
    const second = { serverUrl: 'a', identityKey: 'b|c' };
    await writeCachedList(workspaceCacheKey(first), list('first.pdf'));
    expect(await readCachedList(workspaceCacheKey(second))).toBeUndefined();
  });

  it('replaces the previous list on a newer write', async () => {
    const key = workspaceCacheKey(alice);
    await writeCachedList(key, list('old.pdf'));
    const newer = { ...list('new.pdf', 'old.pdf'), fetchedAt: 1_781_082_900_000 };
    await writeCachedList(key, newer);
    expect(await readCachedList(key)).toEqual(newer);
  });

  it('keeps an empty list apart from no list at all', async () => {
    const empty: CachedList = { artifacts: [], fetchedAt: 1 };
    await writeCachedList(workspaceCacheKey(alice), empty);
    expect(await readCachedList(workspaceCacheKey(alice))).toEqual(empty);
  });

  it('deletes one list and leaves the others', async () => {
    await writeCachedList(workspaceCacheKey(alice), list('a.pdf'));
    await writeCachedList(workspaceCacheKey(bob), list('b.pdf'));
    await deleteCachedList(workspaceCacheKey(alice));
    expect(await readCachedList(workspaceCacheKey(alice))).toBeUndefined();
    expect((await readCachedList(workspaceCacheKey(bob)))?.artifacts).toHaveLength(1);
  });

  it('deleting a list that does not exist is harmless', async () => {
    await expect(deleteCachedList(workspaceCacheKey(alice))).resolves.toBeUndefined();
  });

  it('forgets every account on clearAll (sign-out)', async () => {
    await writeCachedList(workspaceCacheKey(alice), list('a.pdf'));
    await writeCachedList(workspaceCacheKey(bob), list('b.pdf'));
    await writeCachedList(cacheKey(aliceOnStaging, 'conversation:c1'), list('c.pdf'));
    await clearAllCachedLists();
    for (const key of [workspaceCacheKey(alice), workspaceCacheKey(bob), cacheKey(aliceOnStaging, 'conversation:c1')]) {
      expect(await readCachedList(key)).toBeUndefined();
    }
    // The cache still works after being cleared.
    await writeCachedList(workspaceCacheKey(alice), list('again.pdf'));
    expect((await readCachedList(workspaceCacheKey(alice)))?.artifacts.map((a) => a.name)).toEqual(['again.pdf']);
  });
});
