import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/messages';
import { readConnectionState } from '@/lib/connection/settings';
import { conversationPageUrl } from '@/lib/hq/hq-assumptions';
import { notificationId, notificationTarget, type NotificationTarget } from '../notification-ids';

/*
 * Desktop notifications, and what a click on one does. Chrome shows a
 * button ("Show in folder"); Firefox shows none, so a click on the
 * notification itself does the same there.
 */

export async function showNotification(
  target: NotificationTarget,
  title: string,
  message: string,
): Promise<string | undefined> {
  const id = notificationId(target, crypto.randomUUID());
  const withButton = target.kind === 'saved' && import.meta.env.BROWSER !== 'firefox';
  try {
    return await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon-128.png'),
      title,
      message,
      ...(withButton ? { buttons: [{ title: t('notify_showInFolder') }] } : {}),
    });
  } catch {
    // The system refused (notifications turned off for the browser): the outcome was already told where it could be.
    return undefined;
  }
}

async function act(id: string): Promise<void> {
  const target = notificationTarget(id);
  void browser.notifications.clear(id);
  if (target?.kind === 'saved') {
    await browser.downloads.show(target.downloadId);
  } else if (target?.kind === 'new') {
    const { webAppUrl } = await readConnectionState();
    const url = target.conversationId
      ? conversationPageUrl(webAppUrl, target.conversationId)
      : browser.runtime.getURL('/popup.html');
    await browser.tabs.create({ url });
  }
}

/** A click on a notification or its button: show the saved file, or open the conversation. */
export function handleNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => void act(id).catch(() => {}));
  browser.notifications.onButtonClicked?.addListener((id) => void act(id).catch(() => {}));
}
