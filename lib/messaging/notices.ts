import { browser } from 'wxt/browser';
import { noticeChecks, type NoticeOf, type NoticeType } from './notice-protocol';

export type NoticeHandlers = { [K in NoticeType]?: (notice: NoticeOf<K>) => void };

/**
 * Listens for the background's notices. Each is checked like a request, and
 * only taken from the extension itself — not from a content script, which
 * can also reach extension pages with runtime.sendMessage. Returns a remover.
 */
export function listenForNotices(handlers: NoticeHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const { notice, payload } = (message ?? {}) as { notice?: unknown; payload?: unknown };
    if (typeof notice !== 'string' || !Object.hasOwn(noticeChecks, notice)) return undefined;
    const type = notice as NoticeType;
    const handler = handlers[type] as ((payload: unknown) => void) | undefined;
    if (handler && noticeChecks[type](payload)) handler(payload);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
