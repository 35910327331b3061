import { browser } from 'wxt/browser';
import type { CachedList } from '@/lib/model/cached-list';
import { wordsOf, type ReplyError } from '@/lib/messaging/errors';
import { formatExactTime, formatRelativeTime } from '@/lib/artifact-list/format';
import './notices.css';

interface Props {
  list: CachedList | null;
  refreshing: boolean;
  error: ReplyError | null;
  now: number;
  onRetry(): void;
}

/** How fresh the list is, and what to do when it could not be refreshed. */
export function ListStatus({ list, refreshing, error, now, onRetry }: Props) {
  const updated = list ? new Date(list.fetchedAt).toISOString() : null;
  const when = updated ? (
    <time dateTime={updated} title={formatExactTime(updated)}>
      {formatRelativeTime(updated, Math.max(now, Date.now()))}
    </time>
  ) : null;

  if (error) {
    // Reconnect for a token HQ stopped accepting, settings for one that may not list; plain words otherwise.
    // Anything else (offline, timeout, 429, 5xx, a malformed answer) may work on a second try.
    const settings =
      error.kind === 'unauthorized'
        ? 'Reconnect'
        : error.kind === 'forbidden' || error.kind === 'not_connected'
          ? 'Open settings'
          : null;
    const showsCached =
      list && list.artifacts.length > 0 && error.kind !== 'forbidden' && error.kind !== 'not_connected';
    return (
      <div class="list-status warn" role="alert">
        <span>
          {wordsOf(error)} {showsCached ? <>Showing the list from {when}.</> : null}
        </span>
        {settings ? (
          <button type="button" class="button small" onClick={() => void browser.runtime.openOptionsPage()}>
            {settings}
          </button>
        ) : (
          <button type="button" class="button small" disabled={refreshing} onClick={onRetry}>
            {refreshing ? 'Retrying…' : 'Retry'}
          </button>
        )}
      </div>
    );
  }
  return (
    <p class="list-status" aria-live="polite">
      {refreshing ? (
        list ? (
          <>Updating… (last updated {when})</>
        ) : (
          'Loading artifacts…'
        )
      ) : list ? (
        <>Updated {when}</>
      ) : null}
    </p>
  );
}
