import { browser } from 'wxt/browser';
import { ProtocolError } from '@/lib/messaging/errors';
import { t } from '@/lib/i18n/messages';
import type { Handler } from '@/lib/messaging/background/router';
import { sendNoticeToTab } from '@/lib/messaging/background/notify';
import { requireSession } from '@/lib/connection/background/session';
import { cacheKey, conversationList, readCachedList, workspaceCacheKey } from '@/lib/list-store/list-cache';
import { fetchAndCacheList } from '@/lib/list-store/background/list-writer';
import { refreshConversation } from '@/lib/new-artifacts/background/look-for-arrivals';
import { markSeen } from '@/lib/new-artifacts/background/unseen';
import { saveArtifact } from '@/lib/file-jobs/background/artifact-download';
import { downloadConversationZip } from '@/lib/conversations/background/conversation-zip';
import { zipOutcome } from '@/lib/file-jobs/zip-outcome';
import type { Account } from '@/lib/model/account';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { listConversation } from '@/lib/conversations/background/conversation-listing';
import { listGapWords } from '@/lib/model/list-gap';
import { toPanelArtifacts } from '../panel-artifact';
import { checkPanelConversation } from './panel-gate';

/*
 * The requests a conversation page's panel (content script) may make. Each
 * is about the conversation the sending tab shows, nothing else (panel-gate.ts).
 */

/** The cached workspace list's artifacts: they carry the captions a conversation's own list from HQ lacks. Optional: a failed read only loses captions. */
async function workspaceArtifacts(account: Account): Promise<HqArtifact[] | undefined> {
  return (await readCachedList(workspaceCacheKey(account)).catch(() => undefined))?.artifacts;
}

export const panelArtifacts: Handler<'conversation-panel:list'> = {
  allow: ['content-script'],
  async handle({ source, conversationId: asked }, context) {
    // A locked screen may leave the page "visible": nobody reads it, so HQ is not asked (the cache answers).
    const fromHq = source === 'network' && (await browser.idle.queryState(60)) !== 'locked';
    const conversationId = await checkPanelConversation(asked, context, fromHq ? 'hq' : 'local');
    const session = await requireSession();
    const list = conversationList(conversationId);
    // Read once, before HQ is asked: the captions, and what the popup's list already holds (not new).
    const workspace = await workspaceArtifacts(session.account);
    // What this answer cost HQ: the page looks again the less often the more it took (several pages).
    let requests = 0;
    const listed = !fromHq
      ? await readCachedList(cacheKey(session.account, list))
      : await refreshConversation(session, conversationId, new Set(workspace?.map((a) => a.id)), async () => {
          const whole = await listConversation(session, conversationId);
          requests = whole.requests;
          return whole;
        });
    // A list short of HQ's count says so, from the cache too.
    const unlisted = listed?.unlisted ? listGapWords(listed.unlisted) : null;
    const artifacts = listed ? toPanelArtifacts(listed.artifacts, workspace) : null;
    return { conversationId, artifacts, unlisted, requests };
  },
};

/** The person opened the panel on these: seen, as far as they are this conversation's (the cached list says). */
export const panelSeen: Handler<'conversation-panel:seen'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked, artifactIds }, context) {
    const conversationId = await checkPanelConversation(asked, context, 'local');
    const { account } = await requireSession();
    const listed = await readCachedList(cacheKey(account, conversationList(conversationId)));
    const ours = new Set(listed?.artifacts.map((a) => a.id));
    await markSeen(
      account,
      artifactIds.filter((id) => ours.has(id)),
    );
  },
};

/** One artifact, only if it belongs to the conversation the tab shows; its name comes from HQ's list, not the page. */
export const panelDownload: Handler<'conversation-panel:download'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked, artifactId }, context) {
    const conversationId = await checkPanelConversation(asked, context, 'hq');
    const session = await requireSession();
    const list = conversationList(conversationId);
    const inCache = (await readCachedList(cacheKey(session.account, list)))?.artifacts.find((a) => a.id === artifactId);
    const artifact =
      inCache ??
      (await fetchAndCacheList(session.account, list, () => listConversation(session, conversationId))).artifacts.find(
        (a) => a.id === artifactId,
      );
    if (!artifact) throw new ProtocolError({ kind: 'denied', message: t('panel_fileNotInConversation') });
    // HQ's conversation list carries no conversation fields: the conversation is this one; its title, if a folder needs it, saveArtifact finds.
    return saveArtifact(
      session,
      { ...artifact, conversation_id: conversationId, conversation_title: undefined },
      'elsewhere',
    );
  },
};

export const panelDownloadZip: Handler<'conversation-panel:download-zip'> = {
  allow: ['content-script'],
  async handle({ conversationId: asked }, context) {
    const { tabId } = context;
    const conversationId = await checkPanelConversation(asked, context, 'hq');
    const result = await downloadConversationZip(
      conversationId,
      (progress) => {
        if (tabId !== undefined) void sendNoticeToTab(tabId, 'file-jobs:progress', progress);
      },
      'elsewhere',
    );
    return zipOutcome(result);
  },
};
