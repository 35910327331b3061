import { ProtocolError } from '@/lib/messaging/errors';
import type { Handler } from '@/lib/messaging/background/router';
import { sendNoticeToTab } from '@/lib/messaging/background/notify';
import { requireSession } from '@/lib/connection/background/session';
import { cacheKey, conversationList, readCachedList, workspaceCacheKey } from '@/lib/artifact-list/list-cache';
import { fetchAndCacheList } from '@/lib/artifact-list/background/list-writer';
import { saveArtifact } from '@/lib/downloads/background/artifact-download';
import { downloadConversationZip } from '@/lib/zip/background/conversation-zip';
import { zipOutcome } from '@/lib/zip/zip-outcome';
import type { Account, PageArtifact } from '@/lib/messaging/payloads';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { toPageArtifacts } from '../page-artifact';
import { checkPageConversation } from './page-gate';

/*
 * The requests a conversation page's panel (content script) may make. Each
 * is about the conversation the sending tab shows, nothing else (page-gate.ts).
 */

/** A conversation's list for its page, with the captions the cached workspace list knows (HQ's conversation list has none). */
async function forPage(account: Account, artifacts: readonly HqArtifact[]): Promise<PageArtifact[]> {
  const workspace = await readCachedList(workspaceCacheKey(account));
  return toPageArtifacts(artifacts, workspace?.artifacts);
}

export const pageConversationArtifacts: Handler<'page:conversation'> = {
  allow: ['content-script'],
  async handle({ source, conversationId: asked }, context) {
    const conversationId = await checkPageConversation(asked, context, source === 'network' ? 'hq' : 'local');
    const { client, account } = await requireSession();
    const list = conversationList(conversationId);
    if (source === 'cache') {
      const cached = await readCachedList(cacheKey(account, list));
      return { conversationId, artifacts: cached ? await forPage(account, cached.artifacts) : null };
    }
    const fresh = await fetchAndCacheList(account, list, () => client.listConversationArtifacts(conversationId));
    return { conversationId, artifacts: await forPage(account, fresh.artifacts) };
  },
};

/** One artifact, only if it belongs to the conversation the tab shows; its name comes from HQ's list, not the page. */
export const pageDownload: Handler<'page:download'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked, artifactId }, context) {
    const conversationId = await checkPageConversation(asked, context, 'hq');
    const session = await requireSession();
    const list = conversationList(conversationId);
    const inCache = (await readCachedList(cacheKey(session.account, list)))?.artifacts.find((a) => a.id === artifactId);
    const artifact =
      inCache ??
      (await fetchAndCacheList(session.account, list, () => session.client.listConversationArtifacts(conversationId))).artifacts.find((a) => a.id === artifactId);
    if (!artifact) throw new ProtocolError({ kind: 'denied', message: 'That file is not part of this conversation.' });
    return saveArtifact(session, artifact);
  },
};

export const pageDownloadZip: Handler<'page:download-zip'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked }, context) {
    const { tabId } = context;
    const conversationId = await checkPageConversation(asked, context, 'hq');
    const result = await downloadConversationZip(conversationId, (progress) => {
      if (tabId !== undefined) void sendNoticeToTab(tabId, 'zip:status', progress);
    });
    return zipOutcome(result);
  },
};
