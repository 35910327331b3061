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
  const [zipping, setZipping] = useState<{ id: string; status: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(
    () =>
      listenForNotices({
        'file-jobs:progress': ({ done, total }) => setZipping((z) => z && { ...z, status: `${done} / ${total}` }),
      }),
    [],
  );

  async function downloadZip(conversation: ConversationSummary) {
    setZipping({ id: conversation.id, status: '' });
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
          Search conversations
        </label>
        <input
          id="conversation-search"
          type="search"
          placeholder="Search title, agent, last message"
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
          Loading conversations…
        </p>
      ) : null}
      {listing.state === 'error' ? (
        <div class="list-status warn" role="alert">
          <span>{listing.words}</span>
          <button type="button" class="button small" onClick={retry}>
            Retry
          </button>
        </div>
      ) : null}
      {listing.state === 'ready' && listing.conversations.length === 0 ? (
        <section class="empty-state">
          <h2>{query ? 'Nothing matches' : 'No conversations yet'}</h2>
        </section>
      ) : null}
      {listing.state === 'ready' && listing.conversations.length > 0 ? (
        <ul class="conversation-list" aria-label="Conversations">
          {listing.conversations.map((conversation) => {
            const title = conversation.title?.trim() || 'Untitled';
            const count = conversation.artifactCount;
            const busy = zipping?.id === conversation.id;
            return (
              <li key={conversation.id} class="conversation-row">
                <div class="conversation-text">
                  <span class="row-name" title={title}>
                    {title}
                  </span>
                  <span class="row-meta">
                    <span>{count === 1 ? '1 artifact' : `${count} artifacts`}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={conversation.lastActivityAt} title={formatExactTime(conversation.lastActivityAt)}>
                      {formatDateTime(conversation.lastActivityAt)}
                    </time>
                    {conversation.agent ? (
                      <>
                        <span aria-hidden="true">·</span>
                        <span class="row-conversation">{conversation.agent}</span>
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
                    aria-label={`Show the artifacts of ${title}`}
                  >
                    Show
                  </button>
                  <button
                    type="button"
                    class="button small primary"
                    disabled={count === 0 || zipping !== null}
                    onClick={() => void downloadZip(conversation)}
                    aria-label={`Download all ${count} artifacts of ${title} as ZIP`}
                    title={`Download all ${count} artifacts as ZIP`}
                  >
                    <DownloadIcon /> {busy ? `ZIP ${zipping.status}` : 'ZIP'}
                  </button>
                  <a
                    class="icon-button"
                    href={conversationPageUrl(webAppUrl, conversation.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`Open ${title} in HQ`}
                    title="Open in HQ"
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
                Show more
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
