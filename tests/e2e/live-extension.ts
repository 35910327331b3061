import type { Worker } from '@playwright/test';

/*
 * The toolbar button and notifications as the browser holds them, asked from
 * the service worker; and the polling intervals the e2e build lets a test
 * shorten (lib/new-artifacts/poll-timing.ts). Production keeps its own.
 */

type Chrome = {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  downloads: { search(query: object): Promise<Array<{ filename: string; state: string }>> };
  storage: { local: { set(items: object): Promise<void> } };
};
export interface TestTiming {
  workspaceMs?: number;
  idleSeconds?: number;
  panelMs?: number;
}

/** Before connecting: the alarm is set at sign-in with the intervals of that moment. */
export function setTestTiming(worker: Worker, timing: TestTiming): Promise<void> {
  return worker.evaluate(
    (t) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ testTiming: t }),
    timing,
  );
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
}

export function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
  );
}

/** The download a notification's button would show. */
export function downloadById(worker: Worker, id: number): Promise<{ filename: string; state: string } | undefined> {
  return worker.evaluate(
    async (downloadId) =>
      (await (globalThis as unknown as { chrome: Chrome }).chrome.downloads.search({ id: downloadId }))[0],
    id,
  );
}
