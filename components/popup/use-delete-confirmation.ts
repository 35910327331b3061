import { useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { t } from '@/lib/i18n/messages';
import type { Notice } from './use-artifact-actions';

/**
 * Delete asks first: which artifact the confirmation is about, and whether
 * this connection may delete at all (known from its scopes at the start, or
 * learnt from HQ's refusal of an earlier delete).
 */
export function useDeleteConfirmation(refusedAtStart: string | null) {
  const [confirming, setConfirming] = useState<HqArtifact | null>(null);
  const [refusal, setRefusal] = useState(refusedAtStart);

  return {
    confirming,
    /** Why this connection may not delete; null when it may. */
    refusal,
    /** HQ refused a delete (403): say why from now on, without asking HQ again. */
    refuse: setRefusal,
    /** Asks to confirm, or — when this connection may not delete — tells why instead. */
    ask(artifact: HqArtifact, tell: (notice: Notice) => void) {
      if (refusal) tell({ tone: 'alert', text: t('popup_cannotDelete', artifact.name, refusal), data: artifact.name });
      else setConfirming(artifact);
    },
    cancel: () => setConfirming(null),
    /** Confirmed: the dialog closes and the delete starts. */
    confirm(remove: (artifact: HqArtifact) => Promise<void>) {
      const artifact = confirming!;
      setConfirming(null);
      void remove(artifact);
    },
  };
}
