import { HqError } from '@/lib/hq/hq-errors';
import type { Handler } from '@/lib/messaging/background/router';
import { requireSession } from '@/lib/connection/background/session';
import { findCachedArtifact, forgetCachedArtifact } from '@/lib/artifact-list/background/list-writer';
import { sanitizeFileName } from '../file-name';
import { downloadWithToken } from './download-file';

export const downloadArtifact: Handler<'artifacts:download'> = {
  allow: ['extension-page', 'content-script'],
  handle: ({ artifactId, name }) => downloadArtifactById(artifactId, name),
};

/** Saves one artifact through the downloads manager, named from HQ's list when known. */
export async function downloadArtifactById(artifactId: string, fallbackName?: string): Promise<{ fileName: string }> {
  const { client, account } = await requireSession();
  const known = await findCachedArtifact(account, artifactId);
  const fileName = sanitizeFileName(known?.name ?? fallbackName ?? '', 'artifact');
  const url = client.artifactDownloadUrl(artifactId, known?.download_url);
  try {
    await downloadWithToken(url, fileName, client.authorizationHeader());
  } catch (error) {
    if (error instanceof HqError && error.kind === 'not_found') await forgetCachedArtifact(account, artifactId);
    throw error;
  }
  return { fileName };
}
