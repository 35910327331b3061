import { t } from '@/lib/i18n/messages';
import type { HqArtifact } from '@/lib/hq/hq-types';

/** The conversation an artifact came from, as a person should read it. */
export function conversationLabel(artifact: Pick<HqArtifact, 'conversation_id' | 'conversation_title'>): string {
  if (!artifact.conversation_id) return t('conversation_detached');
  return artifact.conversation_title?.trim() || t('conversation_untitled');
}
