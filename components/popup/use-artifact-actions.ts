import { useEffect, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { wordsOf } from '@/lib/messaging/errors';
import { listenForNotices } from '@/lib/messaging/notices';
import { sendMessage } from '@/lib/messaging/send-message';
import { zipReplyOutcome } from '@/lib/file-jobs/zip-outcome';
import { t } from '@/lib/i18n/messages';

/**
 * `lasting`: work in progress, replaced by its outcome rather than timed out.
 * `data`: the name from HQ in `text`, isolated when shown (a left-to-right name in a right-to-left sentence).
 */
export type Notice = { tone: 'status' | 'alert'; text: string; lasting?: boolean; data?: string } | null;

interface Options {
  /** Drops an artifact from what is shown, once HQ said it is gone. */
  removeArtifact(id: string): void;
  /** After a confirmed delete, before the row leaves: where focus should go. */
  onDeleted(artifact: HqArtifact): void;
  /** HQ said this connection may not delete (403): the reason, for Delete's tooltip. */
  onDeleteRefused(reason: string): void;
}

/**
 * What the popup does with artifacts — download, delete, ZIP a selection —
 * and what it tells the person about it. Each action asks the background and
 * reports the outcome in one notice.
 */
export function useArtifactActions({ removeArtifact, onDeleted, onDeleteRefused }: Options) {
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);
  const [zipStatus, setZipStatus] = useState<string | null>(null);

  useEffect(
    () =>
      listenForNotices({
        'file-jobs:progress': ({ done, total }) => setZipStatus(t('popup_preparingZip', done, total)),
      }),
    [],
  );

  function setBusy(id: string, busy: boolean) {
    setBusyIds((ids) => {
      const next = new Set(ids);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function download(artifact: HqArtifact) {
    setBusy(artifact.id, true);
    const data = artifact.name;
    setNotice({ tone: 'status', text: t('popup_downloading', data), lasting: true, data });
    const reply = await sendMessage('file-jobs:download', { artifactId: artifact.id, name: artifact.name });
    setBusy(artifact.id, false);
    if (reply.ok) {
      const { fileName } = reply.data;
      setNotice({ tone: 'status', text: t('popup_saved', fileName), data: fileName });
    } else if (reply.error.kind === 'not_found') {
      removeArtifact(artifact.id);
      setNotice({ tone: 'alert', text: t('popup_goneFromHq', data), data });
    } else {
      setNotice({ tone: 'alert', text: t('popup_downloadFailed', data, wordsOf(reply.error)), data });
    }
  }

  async function remove(artifact: HqArtifact) {
    setBusy(artifact.id, true);
    const data = artifact.name;
    setNotice({ tone: 'status', text: t('popup_deleting', data), lasting: true, data });
    const reply = await sendMessage('artifact-list:delete', { artifactId: artifact.id });
    setBusy(artifact.id, false);
    if (reply.ok) {
      // Only now, with HQ's confirmation, does the row go.
      onDeleted(artifact);
      removeArtifact(artifact.id);
      setNotice({
        tone: 'status',
        text: t(reply.data.alreadyGone ? 'popup_alreadyDeleted' : 'popup_deleted', data),
        data,
      });
    } else {
      const words = wordsOf(reply.error);
      const forbidden = reply.error.kind === 'forbidden';
      if (forbidden) onDeleteRefused(words);
      setNotice(
        forbidden
          ? { tone: 'alert', text: words }
          : { tone: 'alert', text: t('popup_deleteFailed', data, words), data },
      );
    }
  }

  /** Resolves true when the ZIP was saved. */
  async function downloadZip(artifactIds: string[]): Promise<boolean> {
    setZipStatus(t('popup_preparingZip', 0, artifactIds.length));
    setNotice(null);
    const reply = await sendMessage('file-jobs:download-zip', { artifactIds });
    setZipStatus(null);
    setNotice(zipReplyOutcome(reply));
    return reply.ok;
  }

  return { busyIds, notice, zipStatus, download, remove, downloadZip, setNotice };
}
