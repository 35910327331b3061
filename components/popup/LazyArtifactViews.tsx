import './view-layout.css';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { t } from '@/lib/i18n/messages';
import { useLazyModule } from './use-lazy-module';

// Dialogs and previews load when first opened, not with the popup.
const loadViews = () => import('./lazy-views');

interface Props {
  /** A wide tab: the preview is a pane beside the list rather than a dialog over it. */
  sideBySide: boolean;
  /** The listed artifacts, which the preview dialog steps through. */
  artifacts: HqArtifact[];
  /** The previewed one's place in `artifacts`; -1 for none. */
  index: number;
  hasArtifacts: boolean;
  webAppUrl: string;
  /** The artifact the delete confirmation asks about; null when none is open. */
  confirming: HqArtifact | null;
  onMove(index: number): void;
  onClose(): void;
  onDownload(artifact: HqArtifact): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

/** The preview (a pane, or a dialog) and the delete confirmation, drawn once their code is in. */
export function LazyArtifactViews({ sideBySide, artifacts, index, hasArtifacts, webAppUrl, confirming, ...on }: Props) {
  const previewed = index >= 0 ? artifacts[index] : undefined;
  const views = useLazyModule(loadViews, previewed !== undefined || confirming !== null);
  return (
    <>
      {sideBySide ? (
        <aside class="preview-pane" aria-label={t('preview_paneLabel')}>
          {previewed && views ? (
            <views.PreviewDetails
              artifact={previewed}
              webAppUrl={webAppUrl}
              titleId="pane-title"
              onDownload={on.onDownload}
            />
          ) : (
            <div class="preview-message">
              <p>{hasArtifacts ? t('preview_paneEmpty') : ''}</p>
            </div>
          )}
        </aside>
      ) : previewed && views ? (
        <views.PreviewDialog
          artifacts={artifacts}
          index={index}
          webAppUrl={webAppUrl}
          onMove={on.onMove}
          onClose={on.onClose}
          onDownload={on.onDownload}
        />
      ) : null}
      {confirming && views ? (
        <views.ConfirmDeleteDialog artifact={confirming} onConfirm={on.onConfirmDelete} onCancel={on.onCancelDelete} />
      ) : null}
    </>
  );
}
