import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@/lib/model/account';
import type { CachedList } from '@/lib/model/cached-list';
import type { IndexStatus } from '@/lib/model/index-status';
import { listenForNotices } from '@/lib/messaging/notices';
import { readCachedList, workspaceCacheKey } from '@/lib/list-store/list-cache';
import type { ReplyError } from '@/lib/messaging/errors';
import { sendMessage } from '@/lib/messaging/send-message';

export interface ArtifactListState {
  /** null until the cache or the server answered. */
  list: CachedList | null;
  refreshing: boolean;
  /** Why the last refresh failed; the list (if any) is then stale. */
  error: ReplyError | null;
  /** Drops one artifact from what is shown (after HQ confirmed it is gone). */
  removeArtifact(id: string): void;
  /** Asks HQ again (the Retry button). */
  refresh(): void;
  /** The walk of the whole workspace, once the background reported on it. */
  indexStatus: IndexStatus | null;
}

/**
 * Stale-while-revalidate: start from the cached list (read before the first
 * render), ask the background for a fresh one — exactly one request per
 * open, and one per Retry — and swap it in place. A failed refresh keeps the cached rows.
 */
export function useArtifactList(account: Account | null, cached: CachedList | null): ArtifactListState {
  const [list, setList] = useState<CachedList | null>(cached);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<ReplyError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [indexStatus, setIndexStatus] = useState<IndexStatus | null>(null);

  // Painted from the first screenful: the whole list follows at once (unless the server's answer came first).
  // Both are the page's initial data (an account change reloads the page): this runs once.
  const partial = !!cached?.partialOf;
  useEffect(() => {
    if (!account || !partial) return;
    void readCachedList(workspaceCacheKey(account)).then(
      (whole) => whole && setList((shown) => (shown?.partialOf ? whole : shown)),
    );
  }, [account, partial]);

  // The background merges older artifacts into the cached list as it finds them: show them as they come.
  useEffect(() => {
    if (!account) return;
    // Re-read only when the background wrote the list again, not on every progress notice.
    let seen = 0;
    return listenForNotices({
      'workspace-index:status': (status) => {
        setIndexStatus(status);
        if (status.published === seen) return;
        seen = status.published;
        void readCachedList(workspaceCacheKey(account)).then((cached) => cached && setList(cached));
      },
    });
  }, [account]);

  useEffect(() => {
    if (!account) return;
    let current = true;
    setRefreshing(true);
    void sendMessage('artifact-list:refresh', {}).then((reply) => {
      if (!current) return;
      setRefreshing(false);
      if (reply.ok) {
        performance.mark('hq:list-fresh');
        setList(reply.data);
        setError(null);
      } else {
        setError(reply.error);
      }
    });
    return () => {
      current = false;
    };
  }, [account, attempt]);

  // An updater, not a captured list: two quick deletes must not resurrect each other.
  const removeArtifact = (id: string) =>
    setList((prev) => prev && { ...prev, artifacts: prev.artifacts.filter((a) => a.id !== id) });

  return { list, refreshing, error, removeArtifact, refresh: () => setAttempt((n) => n + 1), indexStatus };
}
