import { browser } from 'wxt/browser';
import { conversationIdFromPageUrl } from '../hq/hq-assumptions';
import { artifactKind } from '../artifacts/artifact-kind';
import type { HqArtifact } from '../hq/hq-types';
import { readConnectionState } from '../settings/connection-settings';
import { isWebAppPage } from '../settings/web-app-pages';
import { cacheKey, readCachedList, writeCachedList } from '../cache/artifact-cache';
import { connectedClient } from './connection-handlers';
import { downloadConversationZip } from './zip-handlers';
import { ProtocolError, type Handler } from './message-router';

/* The requests a conversation page's panel (content script) may make. */

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

/**
 * What a web page's panel needs — no captions, no conversation fields — with
 * the type already worked out, so the content script stays small.
 */
function trim(artifact: HqArtifact) {
  const { group, label } = artifactKind(artifact.content_type, artifact.name);
  return { id: artifact.id, name: artifact.name, size_bytes: artifact.size_bytes, group, label };
}

export type PageArtifact = ReturnType<typeof trim>;
