import { plural, t } from '@/lib/i18n/messages';
import { readNotificationPreferences } from '../notification-preferences';
import { isPopupShowing } from './popup-presence';
import { showNotification } from './show-notification';

interface ArrivalGroup {
  conversationId: string | null;
  title: string | null;
  count: number;
}

/** "3 new artifacts in ‘Q3 revenue analysis’", one per conversation; a click opens it. Only when asked for (options), and not while the popup shows them. */
export async function notifyArrivals(groups: readonly ArrivalGroup[]): Promise<void> {
  if (groups.length === 0 || !(await readNotificationPreferences()).newArtifacts) return;
  if (await isPopupShowing().catch(() => false)) return;
  await Promise.all(
    groups.map(({ conversationId, title, count }) =>
      showNotification(
        { kind: 'new', conversationId },
        t('notify_newTitle'),
        conversationId
          ? plural('notify_newInConversation', count, title?.trim() || t('conversation_untitled'))
          : plural('badge_newArtifacts', count),
      ),
    ),
  );
}
