import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-browser';
import { clickButton, clickElement, fill, find, waitForText } from './page-queries';
import type { HqServer } from '../hq-server/server';
import { wordsIn, type Words } from '../e2e/catalogue-words';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';

interface Fixtures {
  /** Firefox with the extension, started fresh for each test. */
  firefox: FirefoxWithExtension;
}

export const test = base.extend<Fixtures, HqWorkerFixtures>({
  // One real HQ server per worker, reset before every test.
  hq: hqWorkerFixture,
  firefox: async ({ hq }, use, testInfo) => {
    hq.reset();
    const firefox = await launchFirefoxWithExtension(`${hq.url}/`);
    await use(firefox);
    if (testInfo.status !== testInfo.expectedStatus) {
      // What a person would have seen when it failed.
      const pages = await firefox.browser.pages();
      for (const [i, page] of pages.entries())
        await page.screenshot({ path: testInfo.outputPath(`page-${i}.png`) }).catch(() => {});
    }
    await firefox.close();
  },
});

export const expect = test.expect;

/** Opens a disclosure of the options page by clicking its summary, unless it is open. */
export async function openDisclosure(page: Page, summary: string): Promise<void> {
  const handle = await find(page, 'summary', summary);
  if (!(await handle.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await clickElement(page, handle);
}

/**
 * Fills the options page and clicks Connect with a token, as a person would (does not wait for the outcome),
 * reading the page in the words of a catalogue (English unless told).
 */
export async function connectWithToken(
  options: Page,
  hq: HqServer,
  token: string = hq.tokens.readWrite,
  words: Words = wordsIn('en'),
): Promise<void> {
  await openDisclosure(options, words('options_advancedSummary'));
  await fill(options, words('connection_serverUrlField'), hq.url);
  await fill(options, words('connection_webAppUrlField'), hq.webAppUrl);
  await openDisclosure(options, words('options_tokenSummary'));
  await fill(options, words('options_tokenLabel'), token);
  await clickButton(options, words('options_connectButton'));
}

/** Opens the options page, connects, waits until it says so, and closes it. */
export async function connect(firefox: FirefoxWithExtension, hq: HqServer, token?: string): Promise<void> {
  const options = await firefox.openExtensionPage('options.html');
  await connectWithToken(options, hq, token);
  await waitForText(options, '[role="status"]', /Connected as/);
  await options.close();
}
