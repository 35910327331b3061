import { browser, type Browser } from 'wxt/browser';
import { POPUP_PORT } from '../popup-port';

/*
 * Whether a popup (or the popup opened in a tab) is showing: an outcome it
 * shows needs no notification. Each open popup holds a port; a background
 * that restarted hears from it again when it reconnects.
 */
const open = new Set<Browser.runtime.Port>();

export function trackPopupPresence(): void {
  const pageOrigin = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== POPUP_PORT) return;
    // Only the extension's own pages (the popup, or the popup opened in a tab); a content script's URL is its page's.
    if (port.sender?.id !== browser.runtime.id || !port.sender.url?.startsWith(pageOrigin)) {
      port.disconnect();
      return;
    }
    open.add(port);
    port.onDisconnect.addListener(() => open.delete(port));
  });
}

export function isPopupOpen(): boolean {
  return open.size > 0;
}
