import { wordsOf } from '@/lib/messaging/errors';
import { sendMessage } from '@/lib/messaging/send-message';
import type { PanelActions, PanelView } from './panel-view';
import { followList, type FollowOptions, type LookOutcome } from './follow-list';

/** What the panel shows of the conversation now, and what the last look cost. */
interface Shown {
  ids: Set<string> | null;
  failed: boolean;
  requests: number;
}

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
  /** How often a visible page's list is looked at again (lib/new-artifacts/poll-timing.ts). */
  periodMs: () => Promise<number>,
  ask: typeof sendMessage = sendMessage,
  /** Whose visibility decides the looks: the page's document, unless a test gives another. */
  page?: FollowOptions['document'],
): PanelController {
  let current: { id: string; view: PanelView; stopFollowing?: () => void } | null = null;
  const stillShowing = (id: string, view: PanelView) => current?.view === view && current.id === id;

  /**
   * HQ's list of the conversation, into the panel. What the panel did not
   * show before (`shown.ids`: null when it showed nothing yet) is marked new.
   */
  async function lookAt(id: string, view: PanelView, shown: Shown): Promise<LookOutcome> {
    const fresh = await ask('conversation-panel:list', { source: 'network', conversationId: id });
    if (!stillShowing(id, view)) return 'stop';
    if (fresh.ok) {
      // 0 when it shared a request already on its way: that one was counted where it was made.
      shown.requests = Math.max(1, fresh.data.requests || 1);
      if (!fresh.data.artifacts) return true;
      const ids = fresh.data.artifacts.map((a) => a.id);
      const before = shown.ids;
      // HQ answers again: the failure it told of is over.
      if (shown.failed) view.showMessage('alert', '');
      shown.failed = false;
      const arrived = new Set(before ? ids.filter((a) => !before.has(a)) : []);
      view.setArtifacts(fresh.data.artifacts, fresh.data.unlisted, arrived);
      shown.ids = new Set(ids);
      return true;
    }
    // Signed out, or this page is not one the extension may serve: no panel rather than a broken one — and
    // it stays the current one, so following the URL does not build it again and ask again every poll.
    if (fresh.error.kind === 'not_connected' || fresh.error.kind === 'denied') {
      view.destroy();
      return 'stop';
    }
    // The list it has stays; the next look may do better, and waits at least as long as HQ asked.
    shown.failed = true;
    view.showMessage('alert', wordsOf(fresh.error));
    const retryAfter = 'retryAfterSeconds' in fresh.error ? fresh.error.retryAfterSeconds : undefined;
    return retryAfter !== undefined ? { retryAfterMs: retryAfter * 1000 } : false;
  }

  // The cached list paints at once; HQ's answer follows (once the page is visible: a tab restored in the
  // background asks nothing) and says whether the list is short. Then the list is followed while the page is
  // visible, so what the agent delivers shows up in the panel.
  async function load(id: string, view: PanelView): Promise<void> {
    const cached = await ask('conversation-panel:list', { source: 'cache', conversationId: id });
    if (!stillShowing(id, view)) return;
    const shown: Shown = { ids: null, failed: false, requests: 1 };
    if (cached.ok && cached.data.artifacts) {
      view.setArtifacts(cached.data.artifacts, null);
      shown.ids = new Set(cached.data.artifacts.map((a) => a.id));
    }
    const period = await periodMs();
    if (!current || !stillShowing(id, view)) return;
    current.stopFollowing = followList({
      lookFirst: true,
      periodMs: period,
      // A list HQ gives in several pages takes a request per page: it is looked at that much less often.
      requestsPerLook: () => shown.requests,
      look: () => lookAt(id, view, shown),
      ...(page ? { document: page } : {}),
    });
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
      seen(artifactIds) {
        if (artifactIds.length > 0) void ask('conversation-panel:seen', { conversationId: id, artifactIds });
      },
    };
  }

  function destroy(): void {
    current?.stopFollowing?.();
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
