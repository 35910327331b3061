import './notices.css';
import { plural, t } from '@/lib/i18n/messages';

interface Props {
  count: number;
  /** "Preparing ZIP… 3 / 10" while a ZIP is being made, else null. */
  zipStatus: string | null;
  onDownloadZip(): void;
  onClear(): void;
}

/** Shown while rows are checked: how many, ZIP them, or clear the selection. */
export function SelectionBar({ count, zipStatus, onDownloadZip, onClear }: Props) {
  return (
    <div class="selection-bar" role="group" aria-label={t('popup_selectionLabel')}>
      <span>{plural('popup_selectedCount', count)}</span>
      <button type="button" class="button small primary" disabled={zipStatus !== null} onClick={onDownloadZip}>
        {zipStatus ?? t('popup_zipSelected')}
      </button>
      <button type="button" class="button small" onClick={onClear}>
        {t('popup_clearSelection')}
      </button>
    </div>
  );
}
