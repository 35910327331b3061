import type { Handler } from '@/lib/messaging/background/router';
import { broadcastNotice } from '@/lib/messaging/background/notify';
import { requireSession } from '@/lib/connection/background/session';
import { downloadConversationZip } from '@/lib/conversations/background/conversation-zip';

/** Conversations listed per page in the popup. */
const PAGE_SIZE = 25;

/** The popup's Conversations view: HQ's list, newest activity first, searched with HQ's `q`. */
export const listConversations: Handler<'conversations:list'> = {
  allow: ['extension-page'],
  async handle({ q, page }) {
    const { client } = await requireSession();
    const answer = await client.listConversations({ page, pageSize: PAGE_SIZE, sort: 'recent', ...(q ? { q } : {}) });
    return {
      page,
      total: answer.total,
      conversations: answer.conversations.map((c) => ({
        id: c.id,
        title: c.title,
        agent: c.agent?.display_name ?? null,
        lastActivityAt: c.last_activity_at,
        artifactCount: c.artifact_count,
      })),
    };
  },
};

/** "Download all … as ZIP" from the popup: any conversation of the workspace (HQ's ZIP, else built here). */
export const downloadConversationZipFromPopup: Handler<'conversations:download-zip'> = {
  allow: ['extension-page'],
  handle: ({ conversationId, artifactCount }) =>
    downloadConversationZip(
      conversationId,
      (progress) => broadcastNotice('file-jobs:progress', progress),
      'popup',
      artifactCount,
    ),
};
