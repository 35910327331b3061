import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connect, getConnection, signOut } from '@/lib/connection/background/connection-handlers';
import { readCredential } from '@/lib/connection/background/credential-store';
import { requireSession } from '@/lib/connection/background/session';
import { WORKSPACE_LIST, cacheKey, readCachedList } from '@/lib/list-store/list-cache';
import { fetchAndCacheList } from '@/lib/list-store/background/list-writer';
import { HqError } from '@/lib/hq/hq-errors';
import { ProtocolError } from '@/lib/messaging/errors';
import { startHqServer, type HqServer } from '../hq-server/server';

let hq: HqServer;
beforeAll(async () => {
  hq = await startHqServer();
});
afterAll(async () => {
  await hq.close();
});

const ctx = { sender: 'extension-page' as const };

beforeEach(async () => {
  hq.reset();
  // The fake browser has no permissions API; the real one is exercised in e2e.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  await signOut.handle({}, ctx);
});

function connectWith(token: string) {
  return connect.handle({ serverUrl: `${hq.url}/`, webAppUrl: hq.webAppUrl, token }, ctx);
}

describe('connection', () => {
  it('saves the account and token only after HQ accepted the token', async () => {
    const state = await connectWith(hq.tokens.readWrite);
    expect(state.serverUrl).toBe(hq.url);
    expect(state.account?.displayName).toBeTruthy();
    expect(await readCredential()).toMatchObject({ kind: 'token', serverUrl: hq.url, token: hq.tokens.readWrite });
    expect((await getConnection.handle({}, ctx)).account).toEqual(state.account);
  });

  it('never puts the token where content scripts can read it', async () => {
    await connectWith(hq.tokens.readWrite);
    const everything = JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.sync.get(null),
    ]);
    expect(everything).not.toContain(hq.tokens.readWrite);
    expect(everything).toContain(hq.url); // the settings are there, the secret is not
  });

  it('saves nothing when HQ rejects the token or the server is down', async () => {
    await expect(connectWith('hq_pat_nope')).rejects.toMatchObject({ kind: 'unauthorized' });
    await expect(connectWith(hq.tokens.noConversationsRead)).rejects.toMatchObject({ kind: 'forbidden' });
    await hq.stop();
    try {
      await expect(connectWith(hq.tokens.readWrite)).rejects.toBeInstanceOf(HqError);
    } finally {
      await hq.start();
    }
    expect(await readCredential()).toBeUndefined();
    expect((await getConnection.handle({}, ctx)).account).toBeNull();
  });

  it('refuses invalid addresses and missing host permission before calling HQ', async () => {
    const before = hq.requests.length;
    await expect(
      connect.handle({ serverUrl: 'http://example.com', webAppUrl: hq.webAppUrl, token: 't' }, ctx),
    ).rejects.toMatchObject({ info: { kind: 'invalid' } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    await expect(connectWith(hq.tokens.readWrite)).rejects.toMatchObject({ info: { kind: 'permission_missing' } });
    expect(hq.requests.length).toBe(before);
  });

  it('sign-out forgets the token and every cached list', async () => {
    const { account } = await connectWith(hq.tokens.readWrite);
    const key = cacheKey(account!, WORKSPACE_LIST);
    await fetchAndCacheList(account!, WORKSPACE_LIST, async () => ({ artifacts: [] }));
    await signOut.handle({}, ctx);
    expect(await readCredential()).toBeUndefined();
    expect(await readCachedList(key)).toBeUndefined();
    await expect(requireSession()).rejects.toBeInstanceOf(ProtocolError);
  });

  it('switching to another account drops the previous account’s cache', async () => {
    const first = (await connectWith(hq.tokens.readWrite)).account!;
    const key = cacheKey(first, WORKSPACE_LIST);
    await fetchAndCacheList(first, WORKSPACE_LIST, async () => ({ artifacts: [] }));
    await connectWith(hq.tokens.readWrite); // same account again: cache kept
    expect(await readCachedList(key)).toBeDefined();
    const second = (await connectWith(hq.tokens.readOnly)).account!;
    expect(second.identityKey).not.toBe(first.identityKey);
    expect(await readCachedList(key)).toBeUndefined();
  });
});

describe('session', () => {
  it('yields a client and the account once connected', async () => {
    const { account } = await connectWith(hq.tokens.readWrite);
    const session = await requireSession();
    expect(session.account).toEqual(account);
    expect((await session.client.listArtifacts()).length).toBeGreaterThan(0);
  });

  it('is not connected when the saved token belongs to another server', async () => {
    await connectWith(hq.tokens.readWrite);
    await fakeBrowser.storage.local.set({
      account: { serverUrl: 'https://elsewhere.example', identityKey: 'x', displayName: 'X', email: null },
    });
    await expect(requireSession()).rejects.toMatchObject({ info: { kind: 'not_connected' } });
  });
});
