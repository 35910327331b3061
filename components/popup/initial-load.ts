import type { CachedList, ConnectionState } from '@/lib/messaging/payloads';
import { readConnectionState } from '@/lib/connection/settings';
import { readCachedList, workspaceCacheKey } from '@/lib/artifact-list/list-cache';

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
  const cached = state.account ? ((await readCachedList(workspaceCacheKey(state.account)).catch(() => undefined)) ?? null) : null;
  return { state, cached };
}
