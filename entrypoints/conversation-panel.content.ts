import { defineContentScript } from 'wxt/utils/define-content-script';
import { conversationIdFromPageUrl } from '@/lib/hq/hq-assumptions';
import { DEFAULT_WEB_APP_PATTERNS, isWebAppPage } from '@/lib/conversation-panel/web-app-pages';
import { listenForNoticesOf } from '@/lib/messaging/notices';
import { isPageNotice, isZipStatus } from '@/lib/messaging/notice-protocol';
import { sendMessage as ask } from '@/lib/messaging/send-message';
import { wordsOf } from '@/lib/messaging/errors';
import { readWebAppUrl } from '@/lib/connection/settings';
import { ConversationPanel } from '@/components/conversation-panel/conversation-panel';

// Kept small: it runs on every page of the web app. It never sees the token —
// it asks the background, which checks the conversation against this tab's URL.

// The background words its failures (error-words.ts) and ZIP outcomes, so no wording ships here.
export default defineContentScript({
  matches: DEFAULT_WEB_APP_PATTERNS,
  runAt: 'document_idle',
  async main(ctx) {
    // The manifest runs this on HQ's default web app even when another one is configured: only the configured one gets a panel.
    if (!isWebAppPage(location.href, await readWebAppUrl())) return;

    let current: { id: string; panel: ConversationPanel } | null = null;

    async function load(id: string, panel: ConversationPanel): Promise<void> {
      const cached = await ask('conversation-panel:list', { source: 'cache', conversationId: id });
      if (current?.panel !== panel) return;
      // The list from HQ that follows says whether it is short: said once, from the answer just given.
      if (cached.ok && cached.data.artifacts) panel.setArtifacts(cached.data.artifacts, null);
      const fresh = await ask('conversation-panel:list', { source: 'network', conversationId: id });
      if (current?.panel !== panel || current.id !== id) return;
      if (fresh.ok && fresh.data.artifacts) panel.setArtifacts(fresh.data.artifacts, fresh.data.unlisted);
      else if (!fresh.ok) {
        if (fresh.error.kind === 'not_connected' || fresh.error.kind === 'denied') return panel.destroy();
        panel.showMessage('alert', wordsOf(fresh.error));
      }
    }

    // The web app is a single-page app: follow its URL and rebuild for each conversation.
    function sync(): void {
      const id = conversationIdFromPageUrl(location.href);
      if (id === (current?.id ?? null)) return;
      current?.panel.destroy();
      current = null;
      if (!id) return;
      const panel = new ConversationPanel({
        async downloadOne(artifact) {
          const reply = await ask('conversation-panel:download', { conversationId: id, artifactId: artifact.id });
          return reply.ok ? null : wordsOf(reply.error);
        },
        async downloadAll() {
          const reply = await ask('conversation-panel:download-zip', { conversationId: id });
          return reply.ok ? reply.data : { tone: 'alert' as const, text: wordsOf(reply.error) };
        },
      });
      current = { id, panel };
      panel.mount();
      void load(id, panel);
    }

    const stopListening = listenForNoticesOf(
      { 'zip:status': isZipStatus, 'conversation-panel:notice': isPageNotice },
      {
        'zip:status': ({ done, total }) => current?.panel.setZipProgress(done, total),
        'conversation-panel:notice': ({ tone, text }) => current?.panel.showMessage(tone, text),
      },
    );

    sync();
    ctx.addEventListener(window, 'popstate', sync);
    ctx.addEventListener(window, 'wxt:locationchange', sync);
    // pushState is invisible to content scripts; a cheap poll catches it where the Navigation API is missing.
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    if (navigation) ctx.addEventListener(navigation as unknown as Window, 'navigatesuccess' as 'load', sync);
    ctx.setInterval(sync, 400);
    ctx.onInvalidated(() => {
      stopListening();
      current?.panel.destroy();
    });
  },
});
