import type { HqArtifact } from '@/lib/hq/hq-types';
import { conversationLabel } from '@/lib/artifact-list/conversation-label';
import { formatExactTime, formatSize } from '@/lib/artifact-list/format';
import { ModalDialog } from './ModalDialog';
import { PreviewBody } from './PreviewBody';

interface Props {
  artifacts: HqArtifact[];
  index: number;
  onMove(index: number): void;
  onClose(): void;
  onDownload(artifact: HqArtifact): void;
}

/** Full preview of one artifact; ← and → step through the visible list. */
export function PreviewDialog({ artifacts, index, onMove, onClose, onDownload }: Props) {
  const artifact = artifacts[index];
  if (!artifact) return null;
  const hasPrevious = index > 0;
  const hasNext = index < artifacts.length - 1;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowLeft' && hasPrevious) onMove(index - 1);
    else if (event.key === 'ArrowRight' && hasNext) onMove(index + 1);
    else return;
    event.preventDefault();
  }

  return (
    <ModalDialog labelledBy="preview-title" className="preview-dialog" onClose={onClose} onKeyDown={onKeyDown}>
      <header class="preview-head">
        <div class="preview-title">
          <h2 id="preview-title">{artifact.name}</h2>
          <p class="preview-meta">
            {formatSize(artifact.size_bytes)} · {formatExactTime(artifact.created_at)} · {conversationLabel(artifact)}
          </p>
        </div>
        <button type="button" class="icon-button" aria-label={`Download ${artifact.name}`} title="Download" onClick={() => onDownload(artifact)}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 15.5h12" /></svg>
        </button>
        <button type="button" class="icon-button" aria-label="Close preview" title="Close (Esc)" onClick={onClose}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="m5 5 10 10M15 5 5 15" /></svg>
        </button>
      </header>
      {artifact.caption ? <p class="preview-caption">{artifact.caption}</p> : null}
      <div class="preview-body">
        <PreviewBody key={artifact.id} artifact={artifact} onDownload={onDownload} />
      </div>
      <footer class="preview-foot">
        <button type="button" class="button" disabled={!hasPrevious} onClick={() => onMove(index - 1)}>← Previous</button>
        <span class="preview-position">{index + 1} of {artifacts.length}</span>
        <button type="button" class="button" disabled={!hasNext} onClick={() => onMove(index + 1)}>Next →</button>
      </footer>
    </ModalDialog>
  );
}
