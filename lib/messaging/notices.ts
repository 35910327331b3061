import { browser } from 'wxt/browser';
import { noticeChecks, type NoticeChecks, type NoticeOf, type NoticeType } from './notice-protocol';

export type NoticeHandlers<K extends NoticeType = NoticeType> = { [P in K]?: (notice: NoticeOf<P>) => void };

/**
 * Listens for the background's notices. Each is checked like a request, and
 * only taken from the extension itself — not from a content script, which
 * can also reach extension pages with runtime.sendMessage. Returns a remover.
 */
export function listenForNotices(handlers: NoticeHandlers): () => void {
  return listenForNoticesOf(noticeChecks, handlers);
}

/** The same, hearing only the notices `checks` knows: the content script carries just the checks of what a tab is sent. */
export function listenForNoticesOf<K extends NoticeType>(
  checks: NoticeChecks<K>,
  handlers: NoticeHandlers<K>,
): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const { notice, payload } = (message ?? {}) as { notice?: unknown; payload?: unknown };
    if (typeof notice !== 'string' || !Object.hasOwn(checks, notice)) return undefined;
    const type = notice as K;
    const handler = handlers[type] as ((payload: unknown) => void) | undefined;
    if (handler && checks[type](payload)) handler(payload);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
