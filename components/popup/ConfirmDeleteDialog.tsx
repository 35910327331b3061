import type { HqArtifact } from '@/lib/hq/hq-types';
import { t } from '@/lib/i18n/messages';
import { ModalDialog } from './ModalDialog';
import { richText } from '@/components/shared/rich-text';
import './dialogs.css';

interface Props {
  artifact: HqArtifact;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDeleteDialog({ artifact, onConfirm, onCancel }: Props) {
  return (
    <ModalDialog labelledBy="confirm-title" className="confirm-dialog" onClose={onCancel}>
      <h2 id="confirm-title">{richText('popup_confirmDeleteTitle', <bdi>{artifact.name}</bdi>)}</h2>
      <p>{t(artifact.conversation_id ? 'popup_confirmDeleteBodyInConversation' : 'popup_confirmDeleteBody')}</p>
      <div class="dialog-actions">
        <button type="button" class="button" autofocus onClick={onCancel}>
          {t('popup_cancel')}
        </button>
        <button type="button" class="button danger-solid" onClick={onConfirm}>
          {t('popup_confirmDeleteButton')}
        </button>
      </div>
    </ModalDialog>
  );
}
