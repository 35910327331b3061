import { ProtocolError } from '@/lib/messaging/errors';
import type { Handler } from '@/lib/messaging/background/router';
import { sendNoticeToTab } from '@/lib/messaging/background/notify';
import { requireSession } from '@/lib/connection/background/session';
import { cacheKey, conversationList, readCachedList, workspaceCacheKey } from '@/lib/artifact-list/list-cache';
import { fetchAndCacheList } from '@/lib/artifact-list/background/list-writer';
import { saveArtifact } from '@/lib/downloads/background/artifact-download';
import { downloadConversationZip } from '@/lib/zip/background/conversation-zip';
import { zipOutcome } from '@/lib/zip/zip-outcome';
import type { Account } from '@/lib/messaging/payloads';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { indexedArtifactCount } from '@/lib/workspace-index/background/indexed-count';
import { listGap, listGapWords } from '@/lib/conversations/list-gap';
import { toPageArtifacts } from '../page-artifact';
import { checkPageConversation } from './page-gate';

/*
 * The requests a conversation page's panel (content script) may make. Each
 * is about the conversation the sending tab shows, nothing else (page-gate.ts).
 */

/** The cached workspace list's artifacts: they carry the captions a conversation's own list from HQ lacks. Optional: a failed read only loses captions. */
async function workspaceArtifacts(account: Account): Promise<HqArtifact[] | undefined> {
  return (await readCachedList(workspaceCacheKey(account)).catch(() => undefined))?.artifacts;
}

export const pageConversationArtifacts: Handler<'page:conversation'> = {
  allow: ['content-script'],
  async handle({ source, conversationId: asked }, context) {
    const conversationId = await checkPageConversation(asked, context, source === 'network' ? 'hq' : 'local');
    const { client, account } = await requireSession();
    const list = conversationList(conversationId);
    if (source === 'cache') {
      const [cached, workspace] = await Promise.all([readCachedList(cacheKey(account, list)), workspaceArtifacts(account)]);
      return { conversationId, artifacts: cached ? toPageArtifacts(cached.artifacts, workspace) : null, unlisted: null };
    }
    let mayHaveMore = false;
    const listing = () =>
      client.listConversationArtifacts(conversationId).then((read) => {
        mayHaveMore = read.mayHaveMore;
        return read.artifacts;
      });
    const [fresh, workspace, expected] = await Promise.all([fetchAndCacheList(account, list, listing), workspaceArtifacts(account), indexedArtifactCount(account, conversationId)]);
    const gap = listGap(fresh.artifacts.length, expected, mayHaveMore);
    return { conversationId, artifacts: toPageArtifacts(fresh.artifacts, workspace), unlisted: gap ? listGapWords(gap) : null };
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
      (await fetchAndCacheList(session.account, list, async () => (await session.client.listConversationArtifacts(conversationId)).artifacts)).artifacts.find((a) => a.id === artifactId);
    if (!artifact) throw new ProtocolError({ kind: 'denied', message: 'That file is not part of this conversation.' });
    // HQ's conversation list carries no conversation fields: the conversation is this one; its title, if a folder needs it, saveArtifact finds.
    return saveArtifact(session, { ...artifact, conversation_id: conversationId, conversation_title: undefined });
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
