import { browser, type Browser } from 'wxt/browser';
import { describeError } from '../hq/describe-error';
import { HqError } from '../hq/hq-errors';
import { conversationIdFromPageUrl } from '../hq/hq-assumptions';
import { readConnectionState } from '../settings/connection-settings';
import { isWebAppPage } from '../settings/web-app-pages';
import { MENU_IDS, artifactIdFromLink } from './context-menus';
import { downloadArtifactById } from './artifact-handlers';
import { downloadConversationZip } from './zip-handlers';
import { refreshWorkspaceList } from './artifact-list';
import { connectedClient } from './connection-handlers';
import { ProtocolError } from './message-router';

export interface MenuDependencies {
  downloadArtifact: (artifactId: string) => Promise<unknown>;
  downloadConversationZip: typeof downloadConversationZip;
  refresh: () => Promise<unknown>;
  /** Tells the page (its panel shows it) or, failing that, the toolbar badge. */
  notify: (tabId: number | undefined, tone: 'status' | 'alert', text: string) => void;
}

export const defaultMenuDependencies: MenuDependencies = {
  downloadArtifact: (artifactId) => downloadArtifactById(artifactId),
  downloadConversationZip,
  refresh: async () => {
    const { client, state } = await connectedClient();
    return refreshWorkspaceList(client, state.account!);
  },
  notify(tabId, tone, text) {
    const sent = tabId !== undefined ? browser.tabs.sendMessage(tabId, { type: 'page:notice', tone, text }) : Promise.reject(new Error('no tab'));
    sent.catch(() => {
      void browser.action.setBadgeText({ text: tone === 'alert' ? '!' : '' });
      void browser.action.setTitle({ title: tone === 'alert' ? `HQ Artifacts — ${text}` : 'HQ Artifacts' });
    });
  },
};

/** Runs the action for a clicked context-menu item; failures become plain words for the person. */
export async function handleMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'pageUrl'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
  deps: MenuDependencies = defaultMenuDependencies,
): Promise<void> {
  try {
    switch (info.menuItemId) {
      case MENU_IDS.conversationZip: {
        const { webAppUrl } = await readConnectionState();
        const pageUrl = tab?.url ?? info.pageUrl ?? '';
        const conversationId = isWebAppPage(pageUrl, webAppUrl) ? conversationIdFromPageUrl(pageUrl) : null;
        if (!conversationId) throw new ProtocolError({ kind: 'invalid', message: 'This page is not an HQ conversation.' });
        const result = await deps.downloadConversationZip(conversationId, () => {});
        deps.notify(tab?.id, 'status', `Saved ${result.fileName}.`);
        return;
      }
      case MENU_IDS.artifactLink: {
        const { account } = await readConnectionState();
        if (!account) throw new ProtocolError({ kind: 'not_connected', message: '' });
        const artifactId = artifactIdFromLink(info.linkUrl, account.serverUrl);
        if (!artifactId) throw new ProtocolError({ kind: 'invalid', message: 'That link is not an artifact of the HQ server the extension is connected to.' });
        await deps.downloadArtifact(artifactId);
        return;
      }
      case MENU_IDS.refresh:
        await deps.refresh();
        return;
    }
  } catch (error) {
    const info = error instanceof HqError ? error.toInfo() : error instanceof ProtocolError ? error.info : { kind: 'internal' as const, message: String(error) };
    deps.notify(tab?.id, 'alert', describeError(info));
  }
}
