import type { Handler } from '@/lib/messaging/background/router';
import { sendNoticeToTab } from '@/lib/messaging/background/notify';
import { requireSession } from '@/lib/connection/background/session';
import { cacheKey, conversationList, readCachedList } from '@/lib/artifact-list/list-cache';
import { fetchAndCacheList } from '@/lib/artifact-list/background/list-writer';
import { downloadConversationZip } from '@/lib/zip/background/conversation-zip';
import { toPageArtifact } from '../page-artifact';
import { checkPageConversation } from './page-gate';

/* The requests a conversation page's panel (content script) may make. */

export const pageConversationArtifacts: Handler<'page:conversation'> = {
  allow: ['content-script'],
  async handle({ source, conversationId: asked }, context) {
    const conversationId = await checkPageConversation(asked, context);
    const { client, account } = await requireSession();
    const list = conversationList(conversationId);
    if (source === 'cache') {
      const cached = await readCachedList(cacheKey(account, list));
      return { conversationId, artifacts: cached ? cached.artifacts.map(toPageArtifact) : null };
    }
    const fresh = await fetchAndCacheList(account, list, () => client.listConversationArtifacts(conversationId));
    return { conversationId, artifacts: fresh.artifacts.map(toPageArtifact) };
  },
};

export const pageDownloadZip: Handler<'page:download-zip'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked }, context) {
    const { tabId } = context;
    const conversationId = await checkPageConversation(asked, context);
    return downloadConversationZip(conversationId, (progress) => {
      if (tabId !== undefined) void sendNoticeToTab(tabId, 'zip:status', progress);
    });
  },
};
