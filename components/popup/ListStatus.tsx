import { browser } from 'wxt/browser';
import type { CachedList } from '@/lib/cache/artifact-cache';
import type { ErrorInfo } from '@/lib/messages/protocol';
import { describeError } from '@/lib/hq/describe-error';
import { formatExactTime, formatRelativeTime } from '@/lib/artifacts/format';

interface Props {
  list: CachedList | null;
  refreshing: boolean;
  error: ErrorInfo | null;
  now: number;
}

/** How fresh the list is, and what to do when it could not be refreshed. */
export function ListStatus({ list, refreshing, error, now }: Props) {
  const updated = list ? new Date(list.fetchedAt).toISOString() : null;
  const when = updated ? (
    <time dateTime={updated} title={formatExactTime(updated)}>{formatRelativeTime(updated, Math.max(now, Date.now()))}</time>
  ) : null;

  if (error?.kind === 'unauthorized') {
    return (
      <div class="list-status warn" role="alert">
        <span>HQ no longer accepts the saved token{list ? '; showing the list from ' : ''}{when}.</span>
        <button type="button" class="button small" onClick={() => void browser.runtime.openOptionsPage()}>Reconnect</button>
      </div>
    );
  }
  if (error?.kind === 'forbidden' || error?.kind === 'not_connected') {
    return (
      <div class="list-status warn" role="alert">
        <span>
          {error.kind === 'forbidden'
            ? 'This access token may not list artifacts (it needs the conversations:read permission).'
            : 'The extension is not connected to HQ.'}
        </span>
        <button type="button" class="button small" onClick={() => void browser.runtime.openOptionsPage()}>Open settings</button>
      </div>
    );
  }
  if (error) {
    const offline = error.kind === 'offline' || error.kind === 'network';
    return (
      <div class="list-status warn" role="alert">
        <span>
          {offline ? 'Offline — could not reach HQ.' : describeError(error)} {list ? <>Showing the list from {when}.</> : null}
        </span>
      </div>
    );
  }
  return (
    <p class="list-status" aria-live="polite">
      {refreshing ? (list ? <>Updating… (last updated {when})</> : 'Loading artifacts…') : list ? <>Updated {when}</> : null}
    </p>
  );
}
