import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type HandlerMap } from '@/lib/background/message-router';
import { senderContext } from '@/lib/background/sender-context';
import { connect, getConnection, signOut } from '@/lib/background/connection-handlers';
import { deleteArtifact, downloadArtifact, previewArtifact, refreshArtifacts } from '@/lib/background/artifact-handlers';
import { downloadSelectedZip, zipProgress } from '@/lib/background/zip-handlers';
import { pageConversationArtifacts, pageDownloadZip } from '@/lib/background/page-handlers';
import { createContextMenus, updateContextMenus } from '@/lib/background/context-menus';
import { handleMenuClick } from '@/lib/background/menu-actions';
import { syncWebAppContentScript } from '@/lib/background/web-app-scripts';
import { readConnectionState } from '@/lib/settings/connection-settings';

const handlers: HandlerMap = {
  'connection:get': getConnection,
  'connection:connect': connect,
  'connection:sign-out': signOut,
  'artifacts:refresh': refreshArtifacts,
  'artifacts:download': downloadArtifact,
  'artifacts:delete': deleteArtifact,
  'artifacts:preview': previewArtifact,
  'artifacts:download-zip': downloadSelectedZip,
  'page:conversation': pageConversationArtifacts,
  'page:download-zip': pageDownloadZip,
  'zip:progress': zipProgress,
};

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Replies between the background and the offscreen document are not requests.
    if ((message as { target?: unknown } | null)?.target === 'offscreen') return undefined;
    const context = senderContext(sender, browser.runtime.id, extensionOrigin);
    return routeMessage(handlers, message, context, {
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.url ? { pageUrl: sender.url } : {}),
    });
  });

  browser.runtime.onInstalled.addListener(() => {
    void readConnectionState().then(({ webAppUrl }) => Promise.all([createContextMenus(webAppUrl), syncWebAppContentScript(webAppUrl)]));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));

  // A new Web app URL moves the panel and the page menu item with it.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes.webAppUrl;
    if (area !== 'local' || !change || typeof change.newValue !== 'string') return;
    void updateContextMenus(change.newValue);
    void syncWebAppContentScript(change.newValue);
  });
  browser.permissions.onAdded.addListener(() => void readConnectionState().then(({ webAppUrl }) => syncWebAppContentScript(webAppUrl)));
});
