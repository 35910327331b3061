import { browser } from 'wxt/browser';

/** Chrome stops a service worker idle for 30 s, or whose one event runs past 5 minutes; an extension API call resets both. */
const EVERY_MS = 25_000;

/** Runs `task` with the background kept alive until it settles (a long walk or job must outlive Chrome's limits). */
export async function whileKeptAlive<T>(task: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => {}), EVERY_MS);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
