import type { BrowserContext, Page, Worker } from '@playwright/test';
import { connectExtension } from '../connect-via-options';
import type { HqServer } from '../hq-server/server';

/** Connects through the options page, then opens the popup at popup size. */
export async function connectAndOpenPopup(
  context: BrowserContext,
  extensionId: string,
  hq: HqServer,
  token: string = hq.tokens.readWrite,
): Promise<Page> {
  const options = await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token });
  await options.close();
  return openPopup(context, extensionId);
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** The names of the rows, in order, whole (a long one is shown shortened in the middle; its title holds it all). */
export async function rowNames(popup: Page): Promise<string[]> {
  // The first screenful paints first; the list is busy until every row is in, and hidden while it has none
  // (a first load with nothing cached yet): reading it then would race the list's arrival.
  await popup.locator('#artifact-list:not([aria-busy="true"]):not([hidden])').waitFor({ state: 'attached' });
  return popup
    .locator('#artifact-list .row-main')
    .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
}

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
