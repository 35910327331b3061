import { browser } from 'wxt/browser';

/**
 * Whether a popup is in view: the toolbar popup, or the popup opened in a
 * tab that is its window's active tab. An outcome it shows needs no
 * notification; one left open in a background tab does not count.
 */
export async function isPopupShowing(): Promise<boolean> {
  const popupUrl = browser.runtime.getURL('/popup.html');
  const contexts = await browser.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] });
  const popups = contexts.filter((context) => context.documentUrl?.startsWith(popupUrl));
  if (popups.some((context) => context.contextType === 'POPUP')) return true;
  const tabs = await Promise.all(popups.map((context) => browser.tabs.get(context.tabId).catch(() => undefined)));
  return tabs.some((tab) => tab?.active === true);
}
