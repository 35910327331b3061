import type { Account } from '@/lib/model/account';
import type { CachedList } from '@/lib/model/cached-list';
import {
  INDEX_RECORD,
  NEWEST_LIST,
  WORKSPACE_HEAD,
  WORKSPACE_LIST,
  cacheKey,
  headOf,
  readCachedList,
  readRecord,
} from '@/lib/list-store/list-cache';
import { writeCached, wasDeletedHere } from '@/lib/list-store/background/list-writer';
import { EMPTY_INDEX, mergeWorkspace, type WorkspaceIndex } from '../workspace-index';
import { WorkspaceIndexSchema } from '../index-schema';

/**
 * Writes the popup's list: HQ's newest 500 with every older artifact the
 * index found. Called after each refresh of either, with the one it has in
 * hand (the other is read from the cache); resolves the list, or undefined
 * when a sign-out or account switch happened since `startedIn`.
 */
export async function publishWorkspace(
  account: Account,
  startedIn: number,
  known: { newest?: CachedList; index?: WorkspaceIndex },
): Promise<CachedList | undefined> {
  const [newest, record] = await Promise.all([
    known.newest ?? readCachedList(cacheKey(account, NEWEST_LIST)),
    known.index ?? readRecord(cacheKey(account, INDEX_RECORD), WorkspaceIndexSchema),
  ]);
  const artifacts = mergeWorkspace(newest?.artifacts ?? [], record ?? EMPTY_INDEX).filter((a) => !wasDeletedHere(a.id));
  const list: CachedList = { artifacts, fetchedAt: newest?.fetchedAt ?? Date.now() };
  // The head first: a popup that reads it next will find the whole list written right after.
  await writeCached(startedIn, cacheKey(account, WORKSPACE_HEAD), headOf(list));
  return writeCached(startedIn, cacheKey(account, WORKSPACE_LIST), list);
}
