import { clear, createStore, del, get, set } from 'idb-keyval';
import type { Account, HqArtifact } from '../hq/hq-types';

/*
 * Cached artifact lists, keyed by account so that one account's list can
 * never be painted for another. The background writes; extension pages may
 * read directly for an instant first paint.
 */
const cacheStore = createStore('hq-cache', 'lists');

export interface CachedList {
  artifacts: HqArtifact[];
  /** Epoch ms of the server answer this list came from. */
  fetchedAt: number;
}

export function cacheKey(account: Pick<Account, 'serverUrl' | 'identityKey'>, list: string): string {
  return JSON.stringify([account.serverUrl, account.identityKey, list]);
}

export const WORKSPACE_LIST = 'workspace';

export function workspaceCacheKey(account: Pick<Account, 'serverUrl' | 'identityKey'>): string {
  return cacheKey(account, WORKSPACE_LIST);
}

export function readCachedList(key: string): Promise<CachedList | undefined> {
  return get<CachedList>(key, cacheStore);
}

export function writeCachedList(key: string, value: CachedList): Promise<void> {
  return set(key, value, cacheStore);
}

export function deleteCachedList(key: string): Promise<void> {
  return del(key, cacheStore);
}

/**
 * Bumped by every full clear (sign-out, account switch): a write that was
 * prepared before a clear must not land after it.
 */
let generation = 0;

export function cacheGeneration(): number {
  return generation;
}

export function clearAllCachedLists(): Promise<void> {
  generation += 1;
  return clear(cacheStore);
}
