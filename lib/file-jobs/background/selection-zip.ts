import { t } from '@/lib/i18n/messages';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { ProtocolError } from '@/lib/messaging/errors';
import type { Handler } from '@/lib/messaging/background/router';
import { broadcastNotice } from '@/lib/messaging/background/notify';
import { requireSession } from '@/lib/connection/background/session';
import { readCachedList, workspaceCacheKey } from '@/lib/list-store/list-cache';
import { sanitizeFileName } from '@/lib/file-jobs/file-name';
import { conversationFolder } from '@/lib/file-jobs/conversation-folder';
import { readFolderPerConversation } from '@/lib/file-jobs/download-preferences';
import { saveZipOf } from './save-zip';

/** The popup's "Download selected as ZIP": always built here, HQ has no route for a selection. */
export const downloadSelectedZip: Handler<'file-jobs:download-zip'> = {
  allow: ['extension-page'],
  async handle({ artifactIds }) {
    const session = await requireSession();
    const { account } = session;
    const known = new Map(((await readCachedList(workspaceCacheKey(account)))?.artifacts ?? []).map((a) => [a.id, a]));
    const chosen = artifactIds.map((id) => known.get(id)).filter((a): a is HqArtifact => !!a);
    if (chosen.length === 0) throw new ProtocolError({ kind: 'invalid', message: t('zip_noneSelected') });
    const fileName = sanitizeFileName(`hq-artifacts-${new Date().toISOString().slice(0, 10)}.zip`);
    // Files from several conversations go into a folder each, when the person asked for that.
    const conversations = new Set(chosen.map((a) => a.conversation_id));
    const folders =
      conversations.size > 1 && (await readFolderPerConversation()) ? chosen.map(conversationFolder) : undefined;
    const { failed } = await saveZipOf(
      session,
      chosen,
      fileName,
      (progress) => broadcastNotice('file-jobs:progress', progress),
      { askedBy: 'popup', folders },
    );
    return { fileName, count: chosen.length, failed, builtBy: 'extension' as const };
  },
};
