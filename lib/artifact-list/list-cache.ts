import { createStore, get } from 'idb-keyval';
import type { Account, CachedList } from '@/lib/messaging/payloads';

/*
 * Cached artifact lists in the extension's IndexedDB, keyed by account so
 * that one account's list can never be painted for another. Extension pages
 * read them directly for an instant first paint; only the background's
 * list-writer.ts writes them.
 */
export const LIST_STORE = createStore('hq-cache', 'lists');

/**
 * `workspace`: what the popup shows — HQ's newest 500 merged with every
 * older artifact the workspace index found; `newest`: HQ's newest 500 as
 * HQ sent them; `index`: the workspace index itself (lib/workspace-index);
 * or one conversation's list.
 */
export type ListName = 'workspace' | 'workspace-head' | 'newest' | 'index' | `conversation:${string}`;

export const WORKSPACE_LIST: ListName = 'workspace';
/** The workspace list's first screenful: the popup paints it before reading all 10,000 rows. */
export const WORKSPACE_HEAD: ListName = 'workspace-head';
export const HEAD_ROWS = 40;
export const NEWEST_LIST: ListName = 'newest';
export const INDEX_RECORD: ListName = 'index';

export function conversationList(conversationId: string): ListName {
  return `conversation:${conversationId}`;
}

type AccountKey = Pick<Account, 'serverUrl' | 'identityKey'>;

export function cacheKey(account: AccountKey, list: ListName): string {
  return JSON.stringify([account.serverUrl, account.identityKey, list]);
}

export function workspaceCacheKey(account: AccountKey): string {
  return cacheKey(account, WORKSPACE_LIST);
}

/**
 * What the popup's first paint reads: a long list's first screenful, marked
 * as part of a larger one — or a short list whole, so the first paint always
 * reads this one small record.
 */
export function headOf(list: CachedList): CachedList {
  return list.artifacts.length > HEAD_ROWS * 2 ? { artifacts: list.artifacts.slice(0, HEAD_ROWS), fetchedAt: list.fetchedAt, partialOf: list.artifacts.length } : list;
}

export function readCachedList(key: string): Promise<CachedList | undefined> {
  return get<CachedList>(key, LIST_STORE);
}
