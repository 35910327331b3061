import { clear, set } from 'idb-keyval';
import { serialQueue } from '@/lib/async/serial-queue';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';
import type { CachedList } from '@/lib/model/cached-list';
import type * as v from 'valibot';
import {
  IdSetSchema,
  LIST_STORE,
  NEWEST_LIST,
  SAVED_RECORD,
  UNSEEN_RECORD,
  WORKSPACE_HEAD,
  WORKSPACE_LIST,
  cacheKey,
  conversationList,
  headOf,
  readCachedList,
  readRecord,
  storedRecord,
  type ListName,
} from '../list-cache';

/*
 * The one owner of cached-list writes. Every write goes through one queue, and
 * a list fetched before a sign-out or account switch is never stored after it.
 */

/** Bumped by every full clear: a fetch that started before it belongs to nobody now. */
let generation = 0;

/** One request per list at a time: concurrent refreshes share it. */
const inFlight = new Map<string, Promise<Replaced>>();

/** A list as stored, and the one it replaced (undefined: there was none). */
interface Replaced {
  list: CachedList;
  previous: CachedList | undefined;
}

/** When each artifact was deleted here, so a list fetched before that cannot bring it back. */
const deletedAt = new Map<string, number>();

/** Every write stamps the record with the cache's schema version (list-cache.ts). */
function write(key: string, value: unknown): Promise<void> {
  return set(key, storedRecord(value), LIST_STORE);
}

/** Read-modify-write of the cache, one at a time. */
const serially = serialQueue();

/**
 * Fetches a list for `account` and caches it. Rows deleted here while the
 * request was out are left out; if the account was signed out or switched
 * meanwhile, the list is returned but not stored.
 */
export function fetchAndCacheList(
  account: Account,
  list: ListName,
  fetch: () => Promise<Pick<CachedList, 'artifacts' | 'unlisted'>>,
): Promise<CachedList> {
  return fetchReplacingList(account, list, fetch).then(({ list: stored }) => stored);
}

/**
 * The same, with the list it replaced, read in the same turn of the write
 * queue — so each fetched list is compared with its predecessor exactly
 * once: a caller that shares a request already on its way gets `previous`
 * null (not its to compare).
 */
export function fetchReplacingList(
  account: Account,
  list: ListName,
  fetch: () => Promise<Pick<CachedList, 'artifacts' | 'unlisted'>>,
): Promise<{ list: CachedList; previous: CachedList | undefined | null }> {
  const key = cacheKey(account, list);
  const pending = inFlight.get(key);
  if (pending) return pending.then(({ list: stored }) => ({ list: stored, previous: null }));
  const startedAt = Date.now();
  const startedIn = generation;
  const request = fetch()
    .then((fetched) =>
      serially(async () => {
        const artifacts = fetched.artifacts.filter((a) => (deletedAt.get(a.id) ?? -Infinity) < startedAt);
        const cached: CachedList = {
          artifacts,
          fetchedAt: Date.now(),
          ...(fetched.unlisted ? { unlisted: fetched.unlisted } : {}),
        };
        const previous = await readCachedList(key);
        if (startedIn === generation) await write(key, cached);
        return { list: cached, previous };
      }),
    )
    .finally(() => {
      if (inFlight.get(key) === request) inFlight.delete(key);
    });
  inFlight.set(key, request);
  return request;
}

/** Which clear a task started after: pass it to writeCached so nothing from before a sign-out is written after it. */
export function cacheGeneration(): number {
  return generation;
}

/**
 * Writes one cached value, in the write queue. Skipped — and resolves
 * undefined — when the cache was cleared (sign-out, account switch) since
 * `startedIn`.
 */
export function writeCached<T>(startedIn: number, key: string, value: T): Promise<T | undefined> {
  return serially(async () => {
    if (startedIn !== generation) return undefined;
    await write(key, value);
    return value;
  });
}

/** Artifacts deleted here during this worker's life: a list fetched or merged later must not bring them back. */
export function wasDeletedHere(artifactId: string): boolean {
  return deletedAt.has(artifactId);
}

/**
 * Removes an artifact from the cached lists once HQ confirmed it is gone:
 * the workspace list, HQ's newest list and its conversation's (the
 * workspace index forgets it in lib/workspace-index). Returns what remains
 * of the workspace list.
 */
export function forgetCachedArtifact(account: Account, artifactId: string): Promise<HqArtifact[]> {
  deletedAt.set(artifactId, Date.now());
  const startedIn = generation;
  return serially(async () => {
    const workspaceKey = cacheKey(account, WORKSPACE_LIST);
    const workspace = await readCachedList(workspaceKey);
    const conversationId = workspace?.artifacts.find((a) => a.id === artifactId)?.conversation_id;
    const keys = [
      workspaceKey,
      cacheKey(account, NEWEST_LIST),
      ...(conversationId ? [cacheKey(account, conversationList(conversationId))] : []),
    ];
    let remaining: HqArtifact[] = [];
    for (const key of keys) {
      const cached = key === workspaceKey ? workspace : await readCachedList(key);
      if (!cached) continue;
      const artifacts = cached.artifacts.filter((a) => a.id !== artifactId);
      if (startedIn === generation) await write(key, { ...cached, artifacts });
      if (key === workspaceKey) remaining = artifacts;
      if (key === workspaceKey && startedIn === generation)
        await write(cacheKey(account, WORKSPACE_HEAD), headOf({ ...cached, artifacts }));
    }
    // Gone from HQ: neither new nor "saved" any more.
    for (const list of [UNSEEN_RECORD, SAVED_RECORD]) {
      const key = cacheKey(account, list);
      const ids = (await readRecord(key, IdSetSchema))?.ids;
      if (ids?.includes(artifactId) && startedIn === generation)
        await write(key, { ids: ids.filter((id) => id !== artifactId) });
    }
    return remaining;
  });
}

/**
 * Read-modify-write of one stored record, in the write queue. Skipped — and
 * resolves undefined — when the cache was cleared since `startedIn`, or the
 * record is absent or damaged and there is no `initial` value.
 */
export function updateRecord<T>(
  startedIn: number,
  key: string,
  schema: v.GenericSchema<unknown, T>,
  change: (value: T) => T,
  initial?: T,
): Promise<T | undefined> {
  return serially(async () => {
    const value = (await readRecord(key, schema)) ?? initial;
    if (value === undefined || startedIn !== generation) return undefined;
    const next = change(value);
    // `change` hands back the value itself when nothing changed: nothing to write.
    if (next !== value) await write(key, next);
    return next;
  });
}

/** Sign-out or account switch: every cached list goes, and nothing fetched before may come back. */
export function clearAllCachedLists(): Promise<void> {
  generation += 1;
  inFlight.clear();
  return serially(() => clear(LIST_STORE));
}
