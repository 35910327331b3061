import type { HqArtifact } from '@/lib/hq/hq-types';
import { t } from '@/lib/i18n/messages';
import { inlineStep } from '@/lib/i18n/inline-step';
import { ModalDialog } from './ModalDialog';
import { PreviewDetails } from './PreviewDetails';
import { CloseIcon } from './icons';
import './dialogs.css';

interface Props {
  artifacts: HqArtifact[];
  index: number;
  webAppUrl: string;
  onMove(index: number): void;
  onClose(): void;
  onDownload(artifact: HqArtifact): void;
}

/** Full preview of one artifact; ← and → step through the visible list (the other way round right to left). */
export function PreviewDialog({ artifacts, index, webAppUrl, onMove, onClose, onDownload }: Props) {
  const artifact = artifacts[index];
  if (!artifact) return null;
  const hasPrevious = index > 0;
  const hasNext = index < artifacts.length - 1;

  function onKeyDown(event: KeyboardEvent) {
    // Arrows inside a scrollable table or PDF scroll it; elsewhere they step through the list.
    if ((event.target as HTMLElement).closest('.preview-table, .preview-pdf, .preview-code, .preview-text')) return;
    const step = inlineStep(event.key, document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');
    if (step === -1 && hasPrevious) onMove(index - 1);
    else if (step === 1 && hasNext) onMove(index + 1);
    else return;
    event.preventDefault();
  }

  return (
    <ModalDialog labelledBy="preview-title" className="preview-dialog" onClose={onClose} onKeyDown={onKeyDown}>
      <PreviewDetails
        artifact={artifact}
        webAppUrl={webAppUrl}
        titleId="preview-title"
        onDownload={onDownload}
        actions={
          <button
            type="button"
            class="icon-button"
            aria-label={t('preview_closeLabel')}
            title={t('preview_closeTitle')}
            onClick={onClose}
          >
            <CloseIcon />
          </button>
        }
      />
      <footer class="preview-foot">
        <button type="button" class="button" disabled={!hasPrevious} onClick={() => onMove(index - 1)}>
          <span class="step-arrow" aria-hidden="true">
            ←
          </span>{' '}
          {t('preview_previousButton')}
        </button>
        <span class="preview-position">{t('preview_position', index + 1, artifacts.length)}</span>
        <button type="button" class="button" disabled={!hasNext} onClick={() => onMove(index + 1)}>
          {t('preview_nextButton')}{' '}
          <span class="step-arrow" aria-hidden="true">
            →
          </span>
        </button>
      </footer>
    </ModalDialog>
  );
}
