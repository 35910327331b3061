import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLL_ALARM, pollNewest, syncPolling } from '@/lib/new-artifacts/background/poll-scheduler';
import { forgetCredential, writeCredential } from '@/lib/connection/background/credential-store';
import { clearAllCachedLists } from '@/lib/list-store/background/list-writer';

/*
 * When the at-rest look for new artifacts may ask HQ anything. Every path
 * here that must not ask is checked against fetch itself: not one request.
 */

const account = { serverUrl: 'https://api.hq.test', identityKey: 'u1', displayName: 'Ada', email: null };
let idleState: 'active' | 'idle' | 'locked' = 'active';
const fetchSpy = vi.fn(async () => new Response('{"artifacts":[]}', { status: 200 }));

beforeEach(async () => {
  idleState = 'active';
  fetchSpy.mockClear();
  vi.stubGlobal('fetch', fetchSpy);
  vi.spyOn(fakeBrowser.idle, 'queryState').mockImplementation(async () => idleState);
  vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => {});
  await clearAllCachedLists();
  await fakeBrowser.storage.local.set({ account });
  await writeCredential({ id: 'k1', kind: 'token', serverUrl: account.serverUrl, token: 'hq_pat_test' });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await forgetCredential();
});

const listRequests = () =>
  fetchSpy.mock.calls.filter((call) => String((call as unknown[])[0]) === `${account.serverUrl}/v1/api/artifacts`);

describe('looking for new artifacts at rest', () => {
  it('asks for HQ’s newest list once when the person is active and signed in', async () => {
    await pollNewest('alarm');
    expect(listRequests()).toHaveLength(1);
    // Fresh from a moment ago (the popup or this look): the next alarm is no reason to ask again.
    await pollNewest('alarm');
    expect(listRequests()).toHaveLength(1);
  });

  it('backs off after HQ said busy: the next alarm asks nothing', async () => {
    fetchSpy.mockImplementationOnce(async () => new Response('{"error":"slow down"}', { status: 429 }));
    await pollNewest('alarm');
    expect(listRequests()).toHaveLength(1);
    await pollNewest('alarm');
    expect(listRequests()).toHaveLength(1);
    const { newArtifactsPoll } = await fakeBrowser.storage.session.get('newArtifactsPoll');
    expect(newArtifactsPoll).toMatchObject({ failures: 1 });
  });

  it('runs once a minute while signed in, and not at all once signed out', async () => {
    await syncPolling();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ periodInMinutes: 1 });
    await fakeBrowser.storage.local.remove('account');
    await syncPolling();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeUndefined();
  });

  it('asks HQ nothing while the person is idle or the screen is locked', async () => {
    for (const state of ['idle', 'locked'] as const) {
      idleState = state;
      await pollNewest('alarm');
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('asks HQ nothing while signed out, and stops its alarm', async () => {
    await syncPolling();
    await fakeBrowser.storage.local.remove('account');
    await pollNewest('alarm');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeUndefined();
  });

  it('waits out a backoff before asking again', async () => {
    await fakeBrowser.storage.session.set({ newArtifactsPoll: { failures: 2, notBefore: Date.now() + 60_000 } });
    await pollNewest('alarm');
    await pollNewest('active');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
