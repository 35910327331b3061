import { HqError } from '@/lib/hq/hq-errors';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Handler } from '@/lib/messaging/background/router';
import { requireSession, type Session } from '@/lib/connection/background/session';
import { findCachedArtifact } from '@/lib/list-store/list-cache';
import { forgetArtifactEverywhere } from '@/lib/workspace-index/background/forget-artifact';
import { sanitizeFileName } from '../file-name';
import { conversationFolder } from '../conversation-folder';
import { readFolderPerConversation } from '../download-preferences';
import { downloadFromHq } from './run-job';
import { rememberSaved } from './saved-artifacts';
import type { JobAsker } from '@/lib/notifications/background/job-notifications';
import { cacheGeneration } from '@/lib/list-store/background/list-writer';

/** The popup's download: any artifact of the workspace. */
export const downloadArtifact: Handler<'file-jobs:download'> = {
  allow: ['extension-page'],
  handle: ({ artifactId, name }) => downloadArtifactById(artifactId, 'popup', name),
};

/** Saves one artifact, named from HQ's list when it is known there. */
export async function downloadArtifactById(
  artifactId: string,
  askedBy: JobAsker,
  fallbackName?: string,
): Promise<{ fileName: string }> {
  const session = await requireSession();
  const known = await findCachedArtifact(session.account, artifactId);
  return saveArtifact(session, known ?? { id: artifactId, name: fallbackName ?? '' }, askedBy);
}

/**
 * Downloads an artifact to the person's downloads under a sanitized name —
 * in its conversation's folder when the person asked for that and the
 * conversation is known (a title left undefined is looked up in the
 * workspace list, only then); a 404 means it is gone, so it leaves the
 * cached lists too.
 */
export async function saveArtifact(
  { client, account, signal }: Session,
  artifact: Pick<HqArtifact, 'id' | 'name'> &
    Partial<Pick<HqArtifact, 'download_url' | 'conversation_id' | 'conversation_title'>>,
  askedBy: JobAsker,
): Promise<{ fileName: string }> {
  const startedIn = cacheGeneration();
  const name = sanitizeFileName(artifact.name, 'artifact');
  const inFolder = artifact.conversation_id !== undefined && (await readFolderPerConversation());
  const title =
    inFolder && artifact.conversation_title === undefined
      ? (await findCachedArtifact(account, artifact.id))?.conversation_title
      : artifact.conversation_title;
  const fileName = inFolder
    ? `${conversationFolder({ conversation_id: artifact.conversation_id ?? null, conversation_title: title ?? null })}/${name}`
    : name;
  const url = client.artifactDownloadUrl(artifact.id, artifact.download_url);
  try {
    await downloadFromHq(url, fileName, await client.authorizationFor([url]), signal, askedBy);
  } catch (error) {
    if (error instanceof HqError && error.kind === 'not_found') await forgetArtifactEverywhere(account, artifact.id);
    throw error;
  }
  await rememberSaved(account, [artifact.id], startedIn);
  return { fileName };
}
