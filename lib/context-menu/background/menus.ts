import { browser } from 'wxt/browser';
import { webAppPatterns } from '@/lib/conversation-panel/web-app-pages';
import { MENU_IDS, contextMenuItems } from '../menu-items';

export async function createContextMenus(webAppUrl: string): Promise<void> {
  await browser.contextMenus.removeAll();
  const toolbar = browser.runtime.getManifest().manifest_version === 2 ? 'browser_action' : 'action';
  for (const item of contextMenuItems(webAppUrl, toolbar)) browser.contextMenus.create(item);
}

/** A custom web app address changes where the page item shows. */
export async function updateContextMenus(webAppUrl: string): Promise<void> {
  await browser.contextMenus.update(MENU_IDS.conversationZip, { documentUrlPatterns: webAppPatterns(webAppUrl) }).catch(() => createContextMenus(webAppUrl));
}
