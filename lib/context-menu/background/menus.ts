import { browser } from 'wxt/browser';
import { webAppPatterns } from '@/lib/conversation-panel/web-app-pages';
import { MENU_IDS, contextMenuItems } from '../menu-items';

export async function createContextMenus(webAppUrl: string): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of contextMenuItems(webAppUrl)) browser.contextMenus.create(item);
}

/** A custom web app address changes where the page item shows. */
export async function updateContextMenus(webAppUrl: string): Promise<void> {
  await browser.contextMenus
    .update(MENU_IDS.conversationZip, { documentUrlPatterns: webAppPatterns(webAppUrl) })
    .catch(() => createContextMenus(webAppUrl));
}
