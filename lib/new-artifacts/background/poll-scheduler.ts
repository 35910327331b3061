import { browser } from 'wxt/browser';
import { HqError } from '@/lib/hq/hq-errors';
import { readConnectionState } from '@/lib/connection/settings';
import { requireSession } from '@/lib/connection/background/session';
import { NEWEST_LIST, cacheKey, readCachedList } from '@/lib/list-store/list-cache';
import { pollTiming } from '../poll-timing';
import { backoffDelay } from '@/lib/hq/retry-policy';
import { refreshNewest } from './look-for-arrivals';

/*
 * Looks at HQ's newest list on a schedule (an alarm, so it survives the
 * service worker stopping): about once a minute while the person is active,
 * never while idle, locked or signed out, later and later while HQ is busy
 * or failing. Its state lives in storage.session: the worker may restart
 * between two looks.
 */
export const POLL_ALARM = 'new-artifacts:poll';
/** After failures in a row each look waits longer (with jitter, or as long as HQ's Retry-After), up to this. */
const MOST_BACKOFF_MS = 30 * 60_000;
const STATE_KEY = 'newArtifactsPoll';

interface PollState {
  /** Failed looks in a row. */
  failures: number;
  /** No look before this (a backoff). */
  notBefore: number;
}

async function readState(): Promise<PollState> {
  const stored: unknown = (await browser.storage.session.get(STATE_KEY))[STATE_KEY];
  const state = stored as Partial<PollState> | undefined;
  return {
    failures: typeof state?.failures === 'number' ? state.failures : 0,
    notBefore: typeof state?.notBefore === 'number' ? state.notBefore : 0,
  };
}

const writeState = (state: PollState) => browser.storage.session.set({ [STATE_KEY]: state });

/** Signed in: the alarm runs (at the current rate); signed out: it does not, and nothing is asked of HQ. */
export async function syncPolling(): Promise<void> {
  const { account } = await readConnectionState();
  if (!account) {
    await Promise.all([browser.alarms.clear(POLL_ALARM), browser.storage.session.remove(STATE_KEY)]);
    return;
  }
  const { workspaceMs, idleSeconds } = await pollTiming();
  browser.idle.setDetectionInterval(idleSeconds);
  const minutes = workspaceMs / 60_000;
  const existing = await browser.alarms.get(POLL_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(POLL_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/**
 * One look, if it is time: `alarm` on the schedule, `active` when the person
 * comes back (at once, unless the list is fresh anyway).
 */
export async function pollNewest(reason: 'alarm' | 'active', now: () => number = Date.now): Promise<void> {
  const timing = await pollTiming();
  const state = await readState();
  if (now() < state.notBefore) return;
  if ((await browser.idle.queryState(timing.idleSeconds)) !== 'active') return;
  const { account } = await readConnectionState();
  if (!account) return syncPolling();
  // The popup's refresh looked a moment ago: that was this minute's look.
  const newest = await readCachedList(cacheKey(account, NEWEST_LIST));
  const recent = reason === 'active' ? timing.workspaceMs : timing.workspaceMs / 2;
  if (newest && now() - newest.fetchedAt < recent) return;
  try {
    await refreshNewest(await requireSession());
    if (state.failures > 0) await writeState({ failures: 0, notBefore: 0 });
  } catch (error) {
    const failures = state.failures + 1;
    const retryAfter =
      error instanceof HqError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
    const backoff = { baseDelayMs: timing.workspaceMs, maxDelayMs: MOST_BACKOFF_MS, random: Math.random };
    await writeState({ failures, notBefore: now() + backoffDelay(failures, backoff, retryAfter) });
  }
}
