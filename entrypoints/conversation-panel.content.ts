import { defineContentScript } from 'wxt/utils/define-content-script';
import { conversationIdFromPageUrl } from '@/lib/hq/hq-assumptions';
import { DEFAULT_WEB_APP_PATTERNS, isWebAppPage } from '@/lib/conversation-panel/web-app-pages';
import { createPanelController } from '@/lib/conversation-panel/panel-controller';
import { followNavigation } from '@/lib/conversation-panel/follow-navigation';
import { listenForNoticesOf } from '@/lib/messaging/notices';
import { isPanelNotice, isFileJobProgress } from '@/lib/messaging/notice-protocol';
import { readWebAppUrl } from '@/lib/connection/settings';
import { ConversationPanel } from '@/components/conversation-panel/conversation-panel';
import { pollTiming } from '@/lib/new-artifacts/poll-timing';

// Kept small: it runs on every page of the web app, and never sees the token.
export default defineContentScript({
  matches: DEFAULT_WEB_APP_PATTERNS,
  runAt: 'document_idle',
  async main(ctx) {
    // The manifest runs this on HQ's default web app even when another one is configured: only the configured one gets a panel.
    if (!isWebAppPage(location.href, await readWebAppUrl())) return;
    const panels = createPanelController(
      (actions) => new ConversationPanel(actions),
      () => pollTiming().then((timing) => timing.panelMs),
    );
    const stopListening = listenForNoticesOf(
      { 'file-jobs:progress': isFileJobProgress, 'conversation-panel:notice': isPanelNotice },
      {
        'file-jobs:progress': ({ done, total }) => panels.current()?.setZipProgress(done, total),
        'conversation-panel:notice': ({ tone, text }) => panels.current()?.showMessage(tone, text),
      },
    );
    const sync = () => panels.show(conversationIdFromPageUrl(location.href));
    sync();
    followNavigation(ctx, sync);
    ctx.onInvalidated(() => {
      stopListening();
      panels.destroy();
    });
  },
});
