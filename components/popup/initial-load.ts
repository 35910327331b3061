import type { CachedList } from '@/lib/model/cached-list';
import type { ConnectionState } from '@/lib/model/account';
import { readConnectionState } from '@/lib/connection/settings';
import { WORKSPACE_HEAD, cacheKey, readCachedList, workspaceCacheKey } from '@/lib/list-store/list-cache';

export interface InitialData {
  state: ConnectionState;
  cached: CachedList | null;
}

/**
 * Everything the first paint needs, read before the first render so the
 * cached rows are in it: settings, then this account's cached list.
 */
export async function loadInitialData(): Promise<InitialData> {
  const state = await readConnectionState();
  if (!state.account) return { state, cached: null };
  // A long list paints from its first screenful; use-artifact-list reads the rest right after.
  // (The whole list only when no head was written yet: a cache from before heads existed.)
  const read = (key: string) => readCachedList(key).catch(() => undefined);
  const cached =
    (await read(cacheKey(state.account, WORKSPACE_HEAD))) ?? (await read(workspaceCacheKey(state.account))) ?? null;
  return { state, cached };
}
