import { browser } from 'wxt/browser';
import { customWebAppPattern } from '../web-app-pages';

const SCRIPT_ID = 'hq-custom-web-app';
/** Where WXT puts the conversation-panel content script. */
export const PANEL_SCRIPT = 'content-scripts/conversation-panel.js';

/**
 * The manifest runs the panel on HQ's own web app. A custom Web app URL gets
 * the same script registered at runtime — once its host permission is granted.
 */
export async function syncPanelScript(webAppUrl: string): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  const pattern = customWebAppPattern(webAppUrl);
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: [pattern], js: [PANEL_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
