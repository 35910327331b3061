import { browser } from 'wxt/browser';
import type { CachedList } from '@/lib/model/cached-list';
import { wordsOf, type ReplyError } from '@/lib/messaging/errors';
import { formatExactTime, formatRelativeTime } from '@/lib/artifact-list/format';
import { t } from '@/lib/i18n/messages';
import { richText } from '@/components/shared/rich-text';
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
        ? t('popup_reconnect')
        : error.kind === 'forbidden' || error.kind === 'not_connected'
          ? t('popup_openSettings')
          : null;
    const showsCached =
      list && list.artifacts.length > 0 && error.kind !== 'forbidden' && error.kind !== 'not_connected';
    return (
      <div class="list-status warn" role="alert">
        <span>{showsCached && when ? richText('popup_errorShowingCached', wordsOf(error), when) : wordsOf(error)}</span>
        {settings ? (
          <button type="button" class="button small" onClick={() => void browser.runtime.openOptionsPage()}>
            {settings}
          </button>
        ) : (
          <button type="button" class="button small" disabled={refreshing} onClick={onRetry}>
            {t(refreshing ? 'popup_retrying' : 'popup_retry')}
          </button>
        )}
      </div>
    );
  }
  return (
    <p class="list-status" aria-live="polite">
      {refreshing
        ? when
          ? richText('popup_updatingSince', when)
          : t('popup_loadingArtifacts')
        : when
          ? richText('popup_updatedAt', when)
          : null}
    </p>
  );
}
