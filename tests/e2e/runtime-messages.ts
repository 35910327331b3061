import type { Page } from '@playwright/test';
import type { NoticeOf, NoticeType } from '../../lib/messaging/protocol';

/*
 * What an extension page hears: every runtime message it receives (the
 * background's notices among them, `{ notice, payload }` on the wire), so a
 * test can wait for one to have arrived instead of for a time.
 */

/** Starts recording: evaluate it in a page, or add it as an init script to record from the page's first moment. */
export function recordRuntimeMessages(): void {
  const page = globalThis as unknown as {
    heard?: unknown[];
    chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } } };
  };
  if (page.heard) return;
  const heard: unknown[] = (page.heard = []);
  page.chrome.runtime.onMessage.addListener((message) => void heard.push(message));
}

/** Every message the page received since recording started, in order. */
export function heardMessages(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (globalThis as unknown as { heard: unknown[] }).heard);
}

/** The payloads of the background's notices of this kind the page received. */
export async function heardNotices<K extends NoticeType>(page: Page, notice: K): Promise<NoticeOf<K>[]> {
  const isIt = (m: unknown): m is { notice: K; payload: NoticeOf<K> } => (m as { notice?: unknown })?.notice === notice;
  return (await heardMessages(page)).filter(isIt).map((m) => m.payload);
}
