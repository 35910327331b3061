import { browser } from 'wxt/browser';
import { HqError } from '../hq/hq-errors';
import { conversationIdFromPageUrl, conversationZipPath } from '../hq/hq-assumptions';
import { sanitizeFileName } from '../artifacts/file-name';
import { artifactKind } from '../artifacts/artifact-kind';
import type { HqClient } from '../hq/hq-client';
import type { HqArtifact } from '../hq/hq-types';
import type { ZipProgress, ZipSource } from '../zip/build-zip';
import { readConnectionState } from '../settings/connection-settings';
import { isWebAppPage } from '../settings/web-app-pages';
import { cacheKey, readCachedList, workspaceCacheKey, writeCachedList } from '../cache/artifact-cache';
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

/**
 * A page may only ask about the conversation its tab shows on the web app.
 * The tab's current URL is read from the browser, not taken from the page:
 * `sender.url` keeps the address the document loaded with, which a
 * single-page app has since changed with pushState.
 */
async function checkPageConversation(conversationId: string, context: { tabId?: number; pageUrl?: string }): Promise<string> {
  const { webAppUrl } = await readConnectionState();
  const tabUrl = context.tabId !== undefined ? ((await browser.tabs.get(context.tabId).catch(() => undefined))?.url ?? context.pageUrl) : context.pageUrl;
  const shown = tabUrl && isWebAppPage(tabUrl, webAppUrl) ? conversationIdFromPageUrl(tabUrl) : null;
  if (!shown || shown !== conversationId.toLowerCase()) {
    throw new ProtocolError({ kind: 'denied', message: 'This page does not show that HQ conversation.' });
  }
  return shown;
}

export const pageConversationArtifacts: Handler<'page:conversation'> = {
  allow: ['content-script'],
  async handle({ source, conversationId: asked }, context) {
    const conversationId = await checkPageConversation(asked, context);
    const { client, state } = await connectedClient();
    const key = cacheKey(state.account!, `conversation:${conversationId}`);
    if (source === 'cache') {
      const cached = await readCachedList(key);
      return { conversationId, artifacts: cached ? cached.artifacts.map(trim) : null };
    }
    const artifacts = await client.listConversationArtifacts(conversationId);
    await writeCachedList(key, { artifacts, fetchedAt: Date.now() });
    return { conversationId, artifacts: artifacts.map(trim) };
  },
};

export const pageDownloadZip: Handler<'page:download-zip'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked }, context) {
    const { tabId } = context;
    const conversationId = await checkPageConversation(asked, context);
    return downloadConversationZip(conversationId, (progress) => {
      if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'zip:status', ...progress }).catch(() => {});
    });
  },
};

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

/**
 * What a web page's panel needs — no captions, no conversation fields — with
 * the type already worked out, so the content script stays small.
 */
function trim(artifact: HqArtifact) {
  const { group, label } = artifactKind(artifact.content_type, artifact.name);
  return { id: artifact.id, name: artifact.name, size_bytes: artifact.size_bytes, group, label };
}

export type PageArtifact = ReturnType<typeof trim>;
