import { useEffect, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { wordsOf } from '@/lib/messaging/errors';
import { listenForNotices } from '@/lib/messaging/notices';
import { sendMessage } from '@/lib/messaging/send-message';
import { zipReplyOutcome } from '@/lib/file-jobs/zip-outcome';

/** `lasting`: work in progress, replaced by its outcome rather than timed out. */
export type Notice = { tone: 'status' | 'alert'; text: string; lasting?: boolean } | null;

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
        'file-jobs:progress': ({ done, total }) => setZipStatus(`Preparing ZIP… ${done} / ${total}`),
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
    setNotice({ tone: 'status', text: `Downloading ${artifact.name}…`, lasting: true });
    const reply = await sendMessage('file-jobs:download', { artifactId: artifact.id, name: artifact.name });
    setBusy(artifact.id, false);
    if (reply.ok) {
      setNotice({ tone: 'status', text: `Saved ${reply.data.fileName} to your downloads.` });
    } else if (reply.error.kind === 'not_found') {
      removeArtifact(artifact.id);
      setNotice({
        tone: 'alert',
        text: `${artifact.name} is no longer on HQ (it was deleted), so it was removed from the list.`,
      });
    } else {
      setNotice({ tone: 'alert', text: `Could not download ${artifact.name}. ${wordsOf(reply.error)}` });
    }
  }

  async function remove(artifact: HqArtifact) {
    setBusy(artifact.id, true);
    setNotice({ tone: 'status', text: `Deleting ${artifact.name}…`, lasting: true });
    const reply = await sendMessage('artifact-list:delete', { artifactId: artifact.id });
    setBusy(artifact.id, false);
    if (reply.ok) {
      // Only now, with HQ's confirmation, does the row go.
      onDeleted(artifact);
      removeArtifact(artifact.id);
      setNotice({
        tone: 'status',
        text: reply.data.alreadyGone ? `${artifact.name} was already deleted.` : `Deleted ${artifact.name}.`,
      });
    } else {
      const words = wordsOf(reply.error);
      if (reply.error.kind === 'forbidden') onDeleteRefused(words);
      setNotice({
        tone: 'alert',
        text: reply.error.kind === 'forbidden' ? words : `Could not delete ${artifact.name}. ${words}`,
      });
    }
  }

  /** Resolves true when the ZIP was saved. */
  async function downloadZip(artifactIds: string[]): Promise<boolean> {
    setZipStatus(`Preparing ZIP… 0 / ${artifactIds.length}`);
    setNotice(null);
    const reply = await sendMessage('file-jobs:download-zip', { artifactIds });
    setZipStatus(null);
    setNotice(zipReplyOutcome(reply));
    return reply.ok;
  }

  return { busyIds, notice, zipStatus, download, remove, downloadZip, setNotice };
}
