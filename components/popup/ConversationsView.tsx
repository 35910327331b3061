import { useEffect, useState } from 'preact/hooks';
import './view-layout.css';
import './toolbar.css';
import './notices.css';
import './rows.css';
import './conversations.css';
import type { ConversationSummary } from '@/lib/model/conversation-summary';
import { listenForNotices } from '@/lib/messaging/notices';
import { sendMessage } from '@/lib/messaging/send-message';
import { formatDateTime, formatExactTime } from '@/lib/artifact-list/format';
import { conversationPageUrl } from '@/lib/hq/hq-assumptions';
import { zipReplyOutcome } from '@/lib/file-jobs/zip-outcome';
import { plural, t } from '@/lib/i18n/messages';
import { Notices } from './Notices';
import type { Notice } from './use-artifact-actions';
import { DownloadIcon, ExternalIcon } from './icons';
import { useConversationList } from './use-conversation-list';

interface Props {
  webAppUrl: string;
  /** "Show artifacts": the Artifacts view, narrowed to this conversation. */
  onShowArtifacts(conversation: ConversationSummary): void;
}

/** HQ's conversations, newest activity first, searched with HQ's own search; each can be ZIPped or opened. */
export function ConversationsView({ webAppUrl, onShowArtifacts }: Props) {
  const [query, setQuery] = useState('');
  const { listing, retry, showMore } = useConversationList(query);
  /** The conversation being ZIPped, and how far (null until the first file is done). */
  const [zipping, setZipping] = useState<{ id: string; progress: { done: number; total: number } | null } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(
    () =>
      listenForNotices({
        'file-jobs:progress': (progress) => setZipping((z) => z && { ...z, progress }),
      }),
    [],
  );

  async function downloadZip(conversation: ConversationSummary) {
    setZipping({ id: conversation.id, progress: null });
    setNotice(null);
    const reply = await sendMessage('conversations:download-zip', {
      conversationId: conversation.id,
      artifactCount: conversation.artifactCount,
    });
    setZipping(null);
    setNotice(zipReplyOutcome(reply));
  }

  return (
    <div class="browse">
      <div class="find">
        <label class="visually-hidden" for="conversation-search">
          {t('popup_searchConversationsLabel')}
        </label>
        <input
          id="conversation-search"
          type="search"
          placeholder={t('popup_searchConversationsPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          value={query}
          autoFocus
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <Notices notice={notice} onDismiss={() => setNotice(null)} />
      {listing.state === 'loading' ? (
        <p class="list-status" aria-live="polite">
          {t('popup_loadingConversations')}
        </p>
      ) : null}
      {listing.state === 'error' ? (
        <div class="list-status warn" role="alert">
          <span>{listing.words}</span>
          <button type="button" class="button small" onClick={retry}>
            {t('popup_retry')}
          </button>
        </div>
      ) : null}
      {listing.state === 'ready' && listing.conversations.length === 0 ? (
        <section class="empty-state">
          <h2>{t(query ? 'popup_nothingMatches' : 'popup_noConversations')}</h2>
        </section>
      ) : null}
      {listing.state === 'ready' && listing.conversations.length > 0 ? (
        <ul class="conversation-list" aria-label={t('popup_conversationListLabel')}>
          {listing.conversations.map((conversation) => {
            const title = conversation.title?.trim() || t('conversation_untitled');
            const count = conversation.artifactCount;
            const busy = zipping?.id === conversation.id;
            return (
              <li key={conversation.id} class="conversation-row">
                <div class="conversation-text">
                  <span class="row-name" title={title} dir="auto">
                    {title}
                  </span>
                  <span class="row-meta">
                    <span>{plural('popup_artifactCount', count)}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={conversation.lastActivityAt} title={formatExactTime(conversation.lastActivityAt)}>
                      {formatDateTime(conversation.lastActivityAt)}
                    </time>
                    {conversation.agent ? (
                      <>
                        <span aria-hidden="true">·</span>
                        <span class="row-conversation" dir="auto">
                          {conversation.agent}
                        </span>
                      </>
                    ) : null}
                  </span>
                </div>
                <div class="row-actions">
                  <button
                    type="button"
                    class="button small"
                    disabled={count === 0}
                    onClick={() => onShowArtifacts(conversation)}
                    aria-label={t('popup_showConversationArtifactsLabel', title)}
                  >
                    {t('popup_showConversationArtifacts')}
                  </button>
                  <button
                    type="button"
                    class="button small primary"
                    disabled={count === 0 || zipping !== null}
                    onClick={() => void downloadZip(conversation)}
                    aria-label={plural('popup_zipConversationLabel', count, title)}
                    title={plural('popup_zipConversationTitle', count)}
                  >
                    <DownloadIcon />{' '}
                    {busy && zipping.progress
                      ? t('popup_zipButtonProgress', zipping.progress.done, zipping.progress.total)
                      : t('popup_zipButton')}
                  </button>
                  <a
                    class="icon-button"
                    href={conversationPageUrl(webAppUrl, conversation.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('popup_openConversationInHqLabel', title)}
                    title={t('popup_openInHq')}
                  >
                    <ExternalIcon />
                  </a>
                </div>
              </li>
            );
          })}
          {listing.more ? (
            <li class="conversation-more">
              <button type="button" class="button small" onClick={showMore}>
                {t('popup_showMore')}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
