import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type HandlerMap } from '@/lib/background/message-router';
import { senderContext } from '@/lib/background/sender-context';
import { connect, getConnection, signOut } from '@/lib/background/connection-handlers';
import { deleteArtifact, downloadArtifact, previewArtifact, refreshArtifacts } from '@/lib/background/artifact-handlers';

const handlers: HandlerMap = {
  'connection:get': getConnection,
  'connection:connect': connect,
  'connection:sign-out': signOut,
  'artifacts:refresh': refreshArtifacts,
  'artifacts:download': downloadArtifact,
  'artifacts:delete': deleteArtifact,
  'artifacts:preview': previewArtifact,
};

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const context = senderContext(sender, browser.runtime.id, extensionOrigin);
    return routeMessage(handlers, message, context, {
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.url ? { pageUrl: sender.url } : {}),
    });
  });
});
