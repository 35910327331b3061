import { t } from '@/lib/i18n/messages';
import { sanitizeFileName } from './file-name';

/** The folder for "Save into a folder per conversation": its title, or one folder for files whose conversation was deleted. */
export function conversationFolder(artifact: {
  conversation_id: string | null;
  conversation_title: string | null;
}): string {
  if (!artifact.conversation_id) return t('folder_detached');
  return sanitizeFileName(artifact.conversation_title?.trim() || t('folder_untitled'), t('folder_untitled'));
}
