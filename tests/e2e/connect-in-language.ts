import type { BrowserContext, Page } from '@playwright/test';
import type { HqServer } from '../hq-server/server';
import type { Words } from './catalogue-words';

/**
 * Connects through the options page as a person reading it in another
 * language would: every control is found by its words in that catalogue.
 * Returns the options page, connected.
 */
export async function connectIn(
  words: Words,
  context: BrowserContext,
  extensionId: string,
  hq: HqServer,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('summary', { hasText: words('options_advancedSummary') }).click();
  await page.getByLabel(words('connection_serverUrlField'), { exact: true }).fill(hq.url);
  await page.getByLabel(words('connection_webAppUrlField'), { exact: true }).fill(hq.webAppUrl);
  await page.locator('summary', { hasText: words('options_tokenSummary') }).click();
  await page.getByLabel(words('options_tokenLabel'), { exact: true }).fill(hq.tokens.readWrite);
  await page.getByRole('button', { name: words('options_connectButton'), exact: true }).click();
  await page.getByText(words('options_connectedPill'), { exact: true }).waitFor();
  return page;
}
