import type { Browser } from 'wxt/browser';
import { MENU_IDS } from '@/lib/context-menu/menu-items';
import { handleMenuClick } from '@/lib/context-menu/background/menu-actions';
import { SHORTCUTS } from '../shortcut-names';

/** A shortcut pressed: "ZIP this conversation" does what the page's context-menu item does, with the same words. */
export async function runShortcut(
  command: string,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
): Promise<void> {
  if (command === SHORTCUTS.zipConversation) await handleMenuClick({ menuItemId: MENU_IDS.conversationZip }, tab);
}
