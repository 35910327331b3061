import type { BrowserContext, Page } from '@playwright/test';

/** Fills the options page and clicks Connect, as a person would (does not wait for the outcome). */
export async function fillAndConnect(page: Page, serverUrl: string, webAppUrl: string, token: string): Promise<void> {
  await page.getByLabel('Server URL').fill(serverUrl);
  await page.getByLabel('Web app URL').fill(webAppUrl);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** Opens the options page, connects and waits until it says so; returns the page. */
export async function connectExtension(
  context: BrowserContext,
  extensionId: string,
  server: { url: string; webAppUrl: string; token: string },
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await fillAndConnect(page, server.url, server.webAppUrl, server.token);
  await page.getByRole('status').getByText('Connected as').waitFor();
  return page;
}
