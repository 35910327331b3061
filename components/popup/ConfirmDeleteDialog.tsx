import type { HqArtifact } from '@/lib/hq/hq-types';
import { ModalDialog } from './ModalDialog';
import './dialogs.css';

interface Props {
  artifact: HqArtifact;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDeleteDialog({ artifact, onConfirm, onCancel }: Props) {
  return (
    <ModalDialog labelledBy="confirm-title" className="confirm-dialog" onClose={onCancel}>
      <h2 id="confirm-title">Delete {artifact.name}?</h2>
      <p>
        It is removed from HQ for everyone{artifact.conversation_id ? ', and from its conversation' : ''}. This cannot
        be undone.
      </p>
      <div class="dialog-actions">
        <button type="button" class="button" autofocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="button danger-solid" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </ModalDialog>
  );
}
