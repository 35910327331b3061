import { browser } from 'wxt/browser';
import type { NoticeOf, NoticeType } from '../protocol';

/** To every open extension page (the popup shows ZIP progress). Nobody listening is fine. */
export function broadcastNotice<K extends NoticeType>(notice: K, payload: NoticeOf<K>): void {
  void browser.runtime.sendMessage({ notice, payload }).catch(() => {});
}

/** To the content script of one tab; resolves false when no panel is there to read it. */
export function sendNoticeToTab<K extends NoticeType>(
  tabId: number,
  notice: K,
  payload: NoticeOf<K>,
): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, { notice, payload }).then(
    () => true,
    () => false,
  );
}
