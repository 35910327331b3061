import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connect, connectedClient, getConnection, signOut } from '@/lib/background/connection-handlers';
import { readCredential } from '@/lib/settings/token-store';
import { cacheKey, readCachedList, writeCachedList } from '@/lib/cache/artifact-cache';
import { HqError } from '@/lib/hq/hq-errors';
import { ProtocolError } from '@/lib/background/message-router';
import { startHqServer, type HqServer } from '../hq-server/server';

let hq: HqServer;
beforeAll(async () => { hq = await startHqServer(); });
afterAll(async () => { await hq.close(); });

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
    expect(await readCredential()).toEqual({ serverUrl: hq.url, token: hq.tokens.readWrite });
    expect((await getConnection.handle({}, ctx)).account).toEqual(state.account);
  });

  it('never puts the token where content scripts can read it', async () => {
    await connectWith(hq.tokens.readWrite);
    const everything = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);
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
    await expect(connect.handle({ serverUrl: 'http://example.com', webAppUrl: hq.webAppUrl, token: 't' }, ctx)).rejects.toMatchObject({ info: { kind: 'invalid' } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    await expect(connectWith(hq.tokens.readWrite)).rejects.toMatchObject({ info: { kind: 'permission_missing' } });
    expect(hq.requests.length).toBe(before);
  });

  it('sign-out forgets the token and every cached list', async () => {
    const { account } = await connectWith(hq.tokens.readWrite);
    const key = cacheKey(account!, 'workspace');
    await writeCachedList(key, { artifacts: [], fetchedAt: 1 });
    await signOut.handle({}, ctx);
    expect(await readCredential()).toBeUndefined();
    expect(await readCachedList(key)).toBeUndefined();
    await expect(connectedClient()).rejects.toBeInstanceOf(ProtocolError);
  });

  it('switching to another account drops the previous account’s cache', async () => {
    const first = (await connectWith(hq.tokens.readWrite)).account!;
    const key = cacheKey(first, 'workspace');
    await writeCachedList(key, { artifacts: [], fetchedAt: 1 });
    await connectWith(hq.tokens.readWrite); // same account again: cache kept
    expect(await readCachedList(key)).toBeDefined();
    const second = (await connectWith(hq.tokens.readOnly)).account!;
    expect(second.identityKey).not.toBe(first.identityKey);
    expect(await readCachedList(key)).toBeUndefined();
  });
});
