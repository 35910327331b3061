import { wordsOf } from '@/lib/messaging/errors';
import { sendMessage } from '@/lib/messaging/send-message';
import type { PanelActions, PanelView } from './panel-view';

/*
 * One panel for the conversation the page shows, rebuilt when the single-page
 * app moves to another. The content script never sees the token: it asks the
 * background, which checks the conversation against the tab's URL and words
 * every outcome, so no wording ships here.
 */

export interface PanelController {
  /** The page now shows this conversation (null: no conversation). */
  show(conversationId: string | null): void;
  /** The panel on the page now, if any. */
  current(): PanelView | null;
  destroy(): void;
}

export function createPanelController(
  createView: (actions: PanelActions) => PanelView,
  ask: typeof sendMessage = sendMessage,
): PanelController {
  let current: { id: string; view: PanelView } | null = null;
  const stillShowing = (id: string, view: PanelView) => current?.view === view && current.id === id;

  // The cached list paints at once; HQ's answer follows and says whether the list is short.
  async function load(id: string, view: PanelView): Promise<void> {
    const cached = await ask('conversation-panel:list', { source: 'cache', conversationId: id });
    if (!stillShowing(id, view)) return;
    if (cached.ok && cached.data.artifacts) view.setArtifacts(cached.data.artifacts, null);
    const fresh = await ask('conversation-panel:list', { source: 'network', conversationId: id });
    if (!stillShowing(id, view)) return;
    if (fresh.ok && fresh.data.artifacts) view.setArtifacts(fresh.data.artifacts, fresh.data.unlisted);
    else if (!fresh.ok) {
      // Signed out, or this page is not one the extension may serve: no panel rather than a broken one — and
      // it stays the current one, so following the URL does not build it again and ask again every poll.
      if (fresh.error.kind === 'not_connected' || fresh.error.kind === 'denied') return view.destroy();
      view.showMessage('alert', wordsOf(fresh.error));
    }
  }

  function actionsFor(id: string): PanelActions {
    return {
      async downloadOne(artifact) {
        const reply = await ask('conversation-panel:download', { conversationId: id, artifactId: artifact.id });
        return reply.ok ? null : wordsOf(reply.error);
      },
      async downloadAll() {
        const reply = await ask('conversation-panel:download-zip', { conversationId: id });
        return reply.ok ? reply.data : { tone: 'alert', text: wordsOf(reply.error) };
      },
    };
  }

  function destroy(): void {
    current?.view.destroy();
    current = null;
  }

  return {
    show(id) {
      if (id === (current?.id ?? null)) return;
      destroy();
      if (!id) return;
      const view = createView(actionsFor(id));
      current = { id, view };
      view.mount();
      void load(id, view);
    },
    current: () => current?.view ?? null,
    destroy,
  };
}
