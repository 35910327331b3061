import { browser } from 'wxt/browser';
import { HqError } from '../hq/hq-errors';
import { conversationZipPath } from '../hq/hq-assumptions';
import { sanitizeFileName } from '../artifacts/file-name';
import type { HqClient } from '../hq/hq-client';
import type { HqArtifact } from '../hq/hq-types';
import type { ZipProgress, ZipSource } from '../zip/build-zip';
import { readCachedList, workspaceCacheKey } from '../cache/artifact-cache';
import { connectedClient } from './connection-handlers';
import { downloadWithToken } from './download-file';
import { reportZipProgress, saveZip } from './save-zip';
import { ProtocolError, type Handler } from './message-router';

export interface ZipResult {
  fileName: string;
  count: number;
  /** 'server' = HQ's own ZIP; 'extension' = built here (fallback). */
  builtBy: 'server' | 'extension';
}

export const downloadSelectedZip: Handler<'artifacts:download-zip'> = {
  allow: ['extension-page'],
  async handle({ artifactIds }) {
    const { client, state } = await connectedClient();
    const known = new Map(((await readCachedList(workspaceCacheKey(state.account!)))?.artifacts ?? []).map((a) => [a.id, a]));
    const chosen = artifactIds.map((id) => known.get(id)).filter((a): a is HqArtifact => !!a);
    if (chosen.length === 0) throw new ProtocolError({ kind: 'invalid', message: 'None of the selected artifacts are in the list any more.' });
    const fileName = sanitizeFileName(`hq-artifacts-${new Date().toISOString().slice(0, 10)}.zip`);
    await saveZip(zipSources(client, chosen), fileName, client.authorizationHeader(), broadcastProgress);
    return { fileName, count: chosen.length, builtBy: 'extension' as const };
  },
};

export const zipProgress: Handler<'zip:progress'> = {
  allow: ['extension-page'],
  async handle({ jobId, ...progress }) {
    reportZipProgress(jobId, progress);
  },
};

/**
 * HQ's own ZIP first, streamed by the downloads manager. Its path is an
 * assumption, so when it answers 404/405 for a conversation that has
 * artifacts, the extension builds the ZIP itself.
 */
export async function downloadConversationZip(conversationId: string, onProgress: (progress: ZipProgress) => void): Promise<ZipResult> {
  const { client } = await connectedClient();
  const serverZip = client.resolveUrl(conversationZipPath(conversationId));
  // All three at once: the list, the title for the file name, and whether HQ's own ZIP route answers.
  const [artifacts, conversation, serverZipStatus] = await Promise.all([
    client.listConversationArtifacts(conversationId),
    client.getConversation(conversationId).catch(() => null),
    client.checkAvailable(serverZip).then(
      () => 'ok' as const,
      (error: unknown) => error,
    ),
  ]);
  if (artifacts.length === 0) throw new ProtocolError({ kind: 'invalid', message: 'This conversation has no artifacts to download.' });
  const fileName = sanitizeFileName(`${conversation?.title?.trim() || conversationId}-artifacts.zip`);

  if (serverZipStatus === 'ok') {
    await downloadWithToken(serverZip, fileName, client.authorizationHeader());
    return { fileName, count: artifacts.length, builtBy: 'server' };
  }
  if (serverZipStatus instanceof HqError && (serverZipStatus.status === 404 || serverZipStatus.status === 405)) {
    await saveZip(zipSources(client, artifacts), fileName, client.authorizationHeader(), onProgress);
    return { fileName, count: artifacts.length, builtBy: 'extension' };
  }
  throw serverZipStatus;
}

function zipSources(client: HqClient, artifacts: HqArtifact[]): ZipSource[] {
  return artifacts.map((a) => ({ name: a.name, url: client.artifactDownloadUrl(a.id, a.download_url), createdAt: a.created_at }));
}

function broadcastProgress(progress: ZipProgress): void {
  void browser.runtime.sendMessage({ type: 'zip:status', ...progress }).catch(() => {});
}
