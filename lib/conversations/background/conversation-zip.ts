import { t } from '@/lib/i18n/messages';
import { HqError } from '@/lib/hq/hq-errors';
import { conversationZipPath } from '@/lib/hq/hq-assumptions';
import { ProtocolError } from '@/lib/messaging/errors';
import type { ZipProgress, ZipResult } from '@/lib/model/file-job-results';
import { requireSession } from '@/lib/connection/background/session';
import { sanitizeFileName } from '@/lib/file-jobs/file-name';
import { downloadFromHq } from '@/lib/file-jobs/background/run-job';
import { saveZipOf } from '@/lib/file-jobs/background/save-zip';
import { rememberSaved } from '@/lib/file-jobs/background/saved-artifacts';
import type { JobAsker } from '@/lib/notifications/background/job-notifications';
import { cacheGeneration } from '@/lib/list-store/background/list-writer';
import { listConversation } from './conversation-listing';

/**
 * HQ's own ZIP first, streamed by the downloads manager. Its path is an
 * assumption, so when it answers 404/405 for a conversation that has
 * artifacts, the extension builds the ZIP itself from every page of the
 * conversation's list — and when that list is short of HQ's count, the ZIP
 * and its outcome say so.
 */
export async function downloadConversationZip(
  conversationId: string,
  onProgress: (progress: ZipProgress) => void,
  askedBy: JobAsker,
  /** HQ's `artifact_count` for it, when the caller has the conversation's row (the popup's Conversations view). */
  knownCount?: number,
): Promise<ZipResult> {
  const session = await requireSession();
  const startedIn = cacheGeneration();
  const { client } = session;
  const serverZip = client.resolveUrl(conversationZipPath(conversationId));
  // All at once: the list (checked against HQ's count), the title for the file name, and whether HQ's own ZIP route answers.
  const [{ artifacts, unlisted }, conversation, serverZipStatus] = await Promise.all([
    listConversation(session, conversationId, knownCount),
    client.getConversation(conversationId).catch(() => null),
    client.checkAvailable(serverZip).then(
      () => 'ok' as const,
      (error: unknown) => error,
    ),
  ]);
  if (artifacts.length === 0) throw new ProtocolError({ kind: 'invalid', message: t('zip_conversationEmpty') });
  const fileName = sanitizeFileName(`${conversation?.title?.trim() || conversationId}-artifacts.zip`);

  if (serverZipStatus === 'ok') {
    // HQ's ZIP holds every artifact of the conversation, listed or not.
    await downloadFromHq(serverZip, fileName, await client.authorizationFor([serverZip]), session.signal, askedBy);
    await rememberSaved(
      session.account,
      artifacts.map((a) => a.id),
      startedIn,
    );
    return { fileName, count: Math.max(artifacts.length, unlisted?.expected ?? 0), failed: 0, builtBy: 'server' };
  }
  if (serverZipStatus instanceof HqError && (serverZipStatus.status === 404 || serverZipStatus.status === 405)) {
    const { failed } = await saveZipOf(session, artifacts, fileName, onProgress, { askedBy, unlisted });
    return { fileName, count: artifacts.length, failed, builtBy: 'extension', ...(unlisted ? { unlisted } : {}) };
  }
  throw serverZipStatus;
}
