import type { HqArtifact } from '@/lib/hq/hq-types';
import { artifactKind } from '@/lib/artifact-list/artifact-kind';
import { conversationLabel } from '@/lib/artifact-list/conversation-label';
import { formatExactTime, formatRelativeTime, formatSize } from '@/lib/artifact-list/format';
import { ArtifactIcon } from './ArtifactIcon';

interface Props {
  artifact: HqArtifact;
  index: number;
  total: number;
  /** The row in the tab order (roving focus); not the same as checked. */
  focused: boolean;
  busy: boolean;
  checked: boolean;
  now: number;
  onCheck(on: boolean, shiftKey: boolean): void;
  onOpen(index: number): void;
  onFocus(index: number): void;
  onDownload(artifact: HqArtifact): void;
  /** null: this connection may not delete, so there is no Delete button. */
  onDelete: ((artifact: HqArtifact) => void) | null;
}

export function ArtifactRow({ artifact, index, total, focused, busy, checked, now, onCheck, onOpen, onFocus, onDownload, onDelete }: Props) {
  const kind = artifactKind(artifact.content_type, artifact.name);
  const conversation = conversationLabel(artifact);
  return (
    <li class={`row${focused ? ' focused' : ''}`} aria-setsize={total} aria-posinset={index + 1} data-artifact-id={artifact.id}>
      <input type="checkbox" class="row-check" aria-label={`Select ${artifact.name}`} checked={checked}
        onClick={(event) => onCheck(event.currentTarget.checked, event.shiftKey)} />
      <ArtifactIcon kind={kind} />
      <button
        type="button"
        class="row-main"
        data-row-index={index}
        tabIndex={focused ? 0 : -1}
        aria-label={`${artifact.name}, ${formatSize(artifact.size_bytes)}, ${conversation}${artifact.sensitive ? ', sensitive' : ''}. Preview`}
        onClick={() => onOpen(index)}
        onFocus={() => onFocus(index)}
      >
        <span class="row-name">
          {artifact.name}
          {artifact.sensitive ? <span class="badge sensitive">sensitive</span> : null}
        </span>
        <span class="row-meta">
          <span>{formatSize(artifact.size_bytes)}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={artifact.created_at} title={formatExactTime(artifact.created_at)}>{formatRelativeTime(artifact.created_at, now)}</time>
          <span aria-hidden="true">·</span>
          <span class={`row-conversation${artifact.conversation_id ? '' : ' detached'}`}>{conversation}</span>
        </span>
        {artifact.caption ? <span class="row-caption">{artifact.caption}</span> : null}
      </button>
      <div class="row-actions">
        <button type="button" class="icon-button" aria-label={`Download ${artifact.name}`} title="Download" disabled={busy} onClick={() => onDownload(artifact)}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 15.5h12" /></svg>
        </button>
        {onDelete ? (
          <button type="button" class="icon-button danger" aria-label={`Delete ${artifact.name}`} title="Delete" disabled={busy} onClick={() => onDelete(artifact)}>
            <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M5 6h10m-8 0V4.5h6V6m-7 0 .7 9.5h6.6L14 6" /></svg>
          </button>
        ) : null}
      </div>
    </li>
  );
}
