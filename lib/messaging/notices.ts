import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { noticeSchemas, type NoticeOf, type NoticeType } from './protocol';

export type NoticeHandlers = { [K in NoticeType]?: (notice: NoticeOf<K>) => void };

/**
 * Listens for the background's notices. Each is validated like a request, and
 * only taken from the extension itself — not from a content script, which
 * can also reach extension pages with runtime.sendMessage. Returns a remover.
 */
export function listenForNotices(handlers: NoticeHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const { notice, payload } = (message ?? {}) as { notice?: unknown; payload?: unknown };
    if (typeof notice !== 'string' || !Object.hasOwn(noticeSchemas, notice)) return undefined;
    const type = notice as NoticeType;
    const handler = handlers[type] as ((payload: unknown) => void) | undefined;
    const parsed = v.safeParse(noticeSchemas[type], payload);
    if (handler && parsed.success) handler(parsed.output);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
