import { useEffect, useState } from 'preact/hooks';
import { readCachedList, workspaceCacheKey, type CachedList } from '@/lib/cache/artifact-cache';
import { sendMessage } from '@/lib/messages/send-message';
import type { ErrorInfo } from '@/lib/messages/protocol';
import type { Account } from '@/lib/hq/hq-types';

export interface ArtifactListState {
  /** null until the cache or the server answered. */
  list: CachedList | null;
  refreshing: boolean;
  /** Why the last refresh failed; the list (if any) is then stale. */
  error: ErrorInfo | null;
  setList(list: CachedList): void;
}

/**
 * Stale-while-revalidate: paint the cached list from IndexedDB at once, then
 * ask the background for a fresh one (exactly one request per open) and swap
 * it in place. A failed refresh keeps the cached rows.
 */
export function useArtifactList(account: Account | null): ArtifactListState {
  const [list, setList] = useState<CachedList | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    setList(null);
    setError(null);
    if (!account) return;
    let current = true;
    let fresh = false;
    void readCachedList(workspaceCacheKey(account)).then((cached) => {
      // The network may have won the race; never paint older data over newer.
      if (current && cached && !fresh) setList(cached);
    });
    setRefreshing(true);
    void sendMessage('artifacts:refresh', {}).then((reply) => {
      if (!current) return;
      setRefreshing(false);
      if (reply.ok) {
        fresh = true;
        setList(reply.data);
        setError(null);
      } else {
        setError(reply.error);
      }
    });
    return () => {
      current = false;
    };
  }, [account?.serverUrl, account?.identityKey]);

  return { list, refreshing, error, setList };
}
