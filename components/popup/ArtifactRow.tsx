import { conversationLabel } from '@/lib/artifact-list/conversation-label';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { artifactKind } from '@/lib/artifact-list/artifact-kind';
import {
  formatDateTime,
  formatExactTime,
  formatSize,
  middleTruncate,
  splitExtension,
} from '@/lib/artifact-list/format';
import { conversationPageUrl } from '@/lib/hq/hq-assumptions';
import { t } from '@/lib/i18n/messages';
import { ArtifactIcon } from './ArtifactIcon';
import { DeleteIcon, DownloadIcon } from './icons';
import './rows.css';

interface Props {
  artifact: HqArtifact;
  index: number;
  total: number;
  /** The row in the tab order (roving focus); not the same as checked. */
  focused: boolean;
  /** Shown in the preview pane beside the list (wide tab view). */
  current: boolean;
  busy: boolean;
  checked: boolean;
  /** Arrived since the person last looked. */
  isNew: boolean;
  now: number;
  webAppUrl: string;
  /** Why Delete is not offered, or null when it is. */
  deleteRefusal: string | null;
  onCheck(on: boolean, shiftKey: boolean): void;
  onOpen(index: number): void;
  onFocus(index: number): void;
  onDownload(artifact: HqArtifact): void;
  onDelete(artifact: HqArtifact): void;
}

export const ROW_KEYS_HINT_ID = 'row-keys-hint';

/**
 * Longest name a row shows whole; longer ones are shortened in the middle,
 * keeping the extension. 60 characters is about the widest name column (the
 * tab view's list beside the preview); the popup's narrower one cuts the
 * start further with its ellipsis, never the extension (NAME_START, NAME_END).
 */
const ROW_NAME_MAX = 60;
// The name's start shrinks, with an ellipsis; its extension does not, so the CSS ellipsis can never hide it.
// Inline so the row carries its own layout (they could move to popup.css as .row-name > span rules).
const NAME_LINE = { display: 'flex', minWidth: 0, whiteSpace: 'pre' } as const;
const NAME_START = { overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 } as const;
const NAME_END = { flex: 'none' } as const;

/**
 * One artifact. Only the name button is ever a Tab stop (and only on the
 * focused row); the checkbox, the conversation link and the actions are
 * reached with the mouse or ← → (use-roving-focus).
 */
export function ArtifactRow(props: Props) {
  const { artifact, index, total, focused, current, busy, checked, isNew, now, webAppUrl, deleteRefusal } = props;
  const kind = artifactKind(artifact.content_type, artifact.name);
  const conversation = conversationLabel(artifact);
  const when = formatDateTime(artifact.created_at, now);
  const shown = middleTruncate(artifact.name, ROW_NAME_MAX);
  const [nameStart, nameEnd] = splitExtension(shown);
  // The label starts with exactly what the button shows (name, badge), so a person using speech input can say it;
  // a shortened name is then given whole.
  const label = [
    artifact.sensitive ? t('popup_rowNameSensitive', shown) : shown,
    isNew ? t('popup_newBadge') : '',
    shown === artifact.name ? '' : artifact.name,
    kind.label,
    formatSize(artifact.size_bytes),
    when,
    conversation,
    checked ? t('popup_rowSelected') : '',
  ]
    .filter(Boolean)
    .reduce((first, next) => t('popup_labelListJoin', first, next));
  return (
    <li
      class={`row${focused ? ' focused' : ''}${checked ? ' checked' : ''}${current ? ' current' : ''}${isNew ? ' new' : ''}${artifact.caption ? ' has-caption' : ''}`}
      aria-setsize={total}
      aria-posinset={index + 1}
      data-artifact-id={artifact.id}
    >
      <input
        type="checkbox"
        class="row-check"
        tabIndex={-1}
        aria-label={t('popup_selectArtifact', artifact.name)}
        checked={checked}
        onClick={(event) => props.onCheck(event.currentTarget.checked, event.shiftKey)}
      />
      <ArtifactIcon kind={kind} />
      <div class="row-text">
        <button
          type="button"
          class="row-main"
          data-row-index={index}
          data-row-control
          tabIndex={focused ? 0 : -1}
          aria-label={label}
          aria-describedby={ROW_KEYS_HINT_ID}
          aria-current={current ? 'true' : undefined}
          title={artifact.name}
          onClick={() => props.onOpen(index)}
          onFocus={() => props.onFocus(index)}
        >
          {/* The visible name may be shortened; the button's label and title carry it whole. Both parts read as one
              name in its own direction, whatever the page's. */}
          <span class="row-name">
            <span style={NAME_LINE} dir="auto">
              <span style={NAME_START}>{nameStart}</span>
              <span style={NAME_END}>{nameEnd}</span>
            </span>
          </span>
          {/* The space is part of the visible text the label starts with ("name sensitive"). */}
          {artifact.sensitive ? (
            <>
              {' '}
              <span class="badge sensitive">{t('popup_sensitiveBadge')}</span>
            </>
          ) : null}
          {isNew ? (
            <>
              {' '}
              <span class="badge new">{t('popup_newBadge')}</span>
            </>
          ) : null}
        </button>
        <span class="row-meta">
          <span>{formatSize(artifact.size_bytes)}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={artifact.created_at} title={formatExactTime(artifact.created_at)}>
            {when}
          </time>
          <span aria-hidden="true">·</span>
          {artifact.conversation_id ? (
            <a
              class="row-conversation"
              href={conversationPageUrl(webAppUrl, artifact.conversation_id)}
              target="_blank"
              rel="noopener noreferrer"
              tabIndex={-1}
              data-row-control
              title={t('popup_openConversationTitle', conversation)}
              aria-label={t('popup_openConversationLabel', conversation)}
              dir="auto"
            >
              {conversation}
            </a>
          ) : (
            <span class="row-conversation detached" title={t('popup_detachedTitle')}>
              {conversation}
            </span>
          )}
        </span>
        {artifact.caption ? (
          <span class="row-caption" title={artifact.caption} dir="auto">
            {artifact.caption}
          </span>
        ) : null}
      </div>
      <div class="row-actions">
        <button
          type="button"
          class="icon-button"
          tabIndex={-1}
          data-row-control
          aria-label={t('popup_downloadArtifact', artifact.name)}
          title={t('popup_downloadTitle')}
          disabled={busy}
          onClick={() => props.onDownload(artifact)}
        >
          <DownloadIcon />
        </button>
        <button
          type="button"
          class="icon-button danger"
          tabIndex={-1}
          data-row-control
          aria-label={t('popup_deleteArtifact', artifact.name)}
          title={deleteRefusal ?? t('popup_deleteTitle')}
          aria-disabled={deleteRefusal !== null || busy}
          disabled={busy}
          onClick={() => props.onDelete(artifact)}
        >
          <DeleteIcon />
        </button>
      </div>
    </li>
  );
}
