import type { BrowserContext, Page } from '@playwright/test';

/** Opens a disclosure (<details>) of the options page by clicking its summary, as a person would, unless it is open. */
export async function openDisclosure(page: Page, summary: string): Promise<void> {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** Sets the server and web-app addresses under Advanced. */
export async function fillAddresses(page: Page, serverUrl: string, webAppUrl: string): Promise<void> {
  await openDisclosure(page, 'Advanced');
  await page.getByLabel('Server URL').fill(serverUrl);
  await page.getByLabel('Web app URL').fill(webAppUrl);
}

/** Fills the options page and clicks Connect with a token, as a person would (does not wait for the outcome). */
export async function fillAndConnect(page: Page, serverUrl: string, webAppUrl: string, token: string): Promise<void> {
  await fillAddresses(page, serverUrl, webAppUrl);
  await openDisclosure(page, 'Use an access token instead');
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
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
