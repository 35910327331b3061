import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type HandlerMap } from '@/lib/messaging/background/router';
import { senderContext } from '@/lib/messaging/background/sender-context';
import { readConnectionState } from '@/lib/connection/settings';
import { connect, getConnection, signOut } from '@/lib/connection/background/connection-handlers';
import { signIn } from '@/lib/connection/background/sign-in';
import { deleteArtifact, refreshArtifacts } from '@/lib/artifact-list/background/artifact-handlers';
import { previewArtifact } from '@/lib/preview/background/preview-handler';
import { downloadArtifact } from '@/lib/file-jobs/background/artifact-download';
import { cleanUpJobFilesAtStart } from '@/lib/file-jobs/background/run-job';
import {
  answerStreamRequest,
  routeOnlyStreamsToWorker,
  type StreamRequestEvent,
} from '@/lib/file-jobs/background/stream-address';
import { downloadSelectedZip } from '@/lib/file-jobs/background/selection-zip';
import {
  panelArtifacts,
  panelDownload,
  panelDownloadZip,
  panelSeen,
} from '@/lib/conversation-panel/background/panel-handlers';
import { syncPanelScript } from '@/lib/conversation-panel/background/panel-script';
import { createContextMenus, updateContextMenus } from '@/lib/context-menu/background/menus';
import { handleMenuClick } from '@/lib/context-menu/background/menu-actions';
import { pauseIndex, resumeIndex } from '@/lib/workspace-index/background/index-handlers';
import { takeNewArtifacts } from '@/lib/new-artifacts/background/new-artifact-handlers';
import { POLL_ALARM, pollNewest, syncPolling } from '@/lib/new-artifacts/background/poll-scheduler';
import { showStoredNewCount } from '@/lib/new-artifacts/background/unseen';
import { handleNotificationClicks } from '@/lib/notifications/background/show-notification';
import { runShortcut } from '@/lib/shortcuts/background/shortcut-actions';
import {
  downloadConversationZipFromPopup,
  listConversations,
} from '@/lib/conversations/background/conversation-handlers';

const handlers: HandlerMap = {
  'connection:get': getConnection,
  'connection:connect': connect,
  'connection:sign-in': signIn,
  'connection:sign-out': signOut,
  'artifact-list:refresh': refreshArtifacts,
  'new-artifacts:take': takeNewArtifacts,
  'workspace-index:pause': pauseIndex,
  'workspace-index:resume': resumeIndex,
  'conversations:list': listConversations,
  'conversations:download-zip': downloadConversationZipFromPopup,
  'file-jobs:download': downloadArtifact,
  'artifact-list:delete': deleteArtifact,
  'preview:artifact': previewArtifact,
  'file-jobs:download-zip': downloadSelectedZip,
  'conversation-panel:list': panelArtifacts,
  'conversation-panel:download': panelDownload,
  'conversation-panel:download-zip': panelDownloadZip,
  'conversation-panel:seen': panelSeen,
};

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  cleanUpJobFilesAtStart();
  // Chrome's service worker answers its own one-time stream addresses: single files go to Downloads through them.
  // (globalThis: the service worker's scope; the unit tests run this wiring in Node, which has no fetch events.)
  if (import.meta.env.BROWSER !== 'firefox' && typeof globalThis.addEventListener === 'function') {
    globalThis.addEventListener('fetch', (event) => answerStreamRequest(event as unknown as StreamRequestEvent));
    // Only a stream's address reaches the handler: other pages load without waking the service worker.
    globalThis.addEventListener('install', (event) => routeOnlyStreamsToWorker(event));
  }
  handleNotificationClicks();
  void syncPolling();
  void showStoredNewCount();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const context = senderContext(sender, browser.runtime.id, extensionOrigin);
    return routeMessage(handlers, message, context, {
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.url ? { pageUrl: sender.url } : {}),
    });
  });

  // Listening makes the browser start the background with itself: the badge shows the stored count at once.
  browser.runtime.onStartup.addListener(() => void showStoredNewCount());
  browser.runtime.onInstalled.addListener(() => {
    void readConnectionState().then(({ webAppUrl }) =>
      Promise.all([createContextMenus(webAppUrl), syncPanelScript(webAppUrl)]),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void runShortcut(command, tab));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollNewest('alarm');
  });
  // Back at the keyboard: one look at once rather than at the next alarm.
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') void pollNewest('active');
  });

  // A new Web app URL moves the panel and the page menu item with it.
  browser.storage.onChanged.addListener((changes, area) => {
    // Signed in, out or as someone else: polling and the badge follow.
    if (area === 'local' && changes.account) void syncPolling().then(showStoredNewCount);
    const change = changes.webAppUrl;
    if (area !== 'local' || !change || typeof change.newValue !== 'string') return;
    void updateContextMenus(change.newValue);
    void syncPanelScript(change.newValue);
  });
  browser.permissions.onAdded.addListener(
    () => void readConnectionState().then(({ webAppUrl }) => syncPanelScript(webAppUrl)),
  );
});
