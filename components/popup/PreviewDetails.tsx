import type { ComponentChildren } from 'preact';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { artifactKind, declaredKind } from '@/lib/artifact-list/artifact-kind';
import { conversationLabel } from '@/lib/artifact-list/conversation-label';
import { formatExactTime, formatSize } from '@/lib/artifact-list/format';
import { conversationPageUrl } from '@/lib/hq/hq-assumptions';
import { t } from '@/lib/i18n/messages';
import { richText } from '@/components/shared/rich-text';
import { PreviewBody } from './PreviewBody';
import { DownloadIcon } from './icons';
import './preview.css';

interface Props {
  artifact: HqArtifact;
  webAppUrl: string;
  titleId: string;
  onDownload(artifact: HqArtifact): void;
  /** Extra header buttons (the dialog's Close). */
  actions?: ComponentChildren;
}

/** An artifact's name, facts, caption and preview: the body of the preview dialog and of the tab view's pane. */
export function PreviewDetails({ artifact, webAppUrl, titleId, onDownload, actions }: Props) {
  const conversation = conversationLabel(artifact);
  const kind = artifactKind(artifact.content_type, artifact.name);
  // The type shown is the name's (artifact-kind.ts); when HQ's content type claims another, say so.
  const claimed = declaredKind(artifact.content_type)?.label;
  const type = claimed && claimed !== kind.label ? t('preview_typeClaimed', kind.label, claimed) : kind.label;
  return (
    <>
      <header class="preview-head">
        <div class="preview-title">
          <h2 id={titleId} dir="auto">
            {artifact.name}
          </h2>
          <p class="preview-meta">
            {richText(
              'preview_facts',
              type,
              formatSize(artifact.size_bytes),
              <time dateTime={artifact.created_at}>{formatExactTime(artifact.created_at)}</time>,
              artifact.conversation_id ? (
                <a
                  href={conversationPageUrl(webAppUrl, artifact.conversation_id)}
                  target="_blank"
                  rel="noopener noreferrer"
                  dir="auto"
                  aria-label={t('preview_openConversationLabel', conversation)}
                >
                  {conversation}
                </a>
              ) : (
                conversation
              ),
            )}
          </p>
        </div>
        <button
          type="button"
          class="icon-button"
          aria-label={t('preview_downloadNamed', artifact.name)}
          title={t('preview_downloadTitle')}
          onClick={() => onDownload(artifact)}
        >
          <DownloadIcon />
        </button>
        {actions}
      </header>
      {artifact.caption ? (
        <p class="preview-caption" dir="auto">
          {artifact.caption}
        </p>
      ) : null}
      <div class="preview-body">
        <PreviewBody key={artifact.id} artifact={artifact} onDownload={onDownload} />
      </div>
    </>
  );
}
