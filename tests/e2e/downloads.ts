import type { Worker } from '@playwright/test';

export interface DownloadRecord {
  filename: string;
  state: string;
  url: string;
  error?: string;
}

/** Downloads as the browser's download manager sees them (asked from the service worker). */
export async function finishedDownloads(worker: Worker): Promise<DownloadRecord[]> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { downloads: { search(q: object): Promise<DownloadRecord[]> } } })
      .chrome;
    const items = await c.downloads.search({});
    return items.map(({ filename, state, url, error }) => ({ filename, state, url, ...(error ? { error } : {}) }));
  });
}
