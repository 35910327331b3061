import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../launch-browser';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';

interface Fixtures {
  /** Chromium with the extension, started fresh for each test. */
  extensionBrowser: ExtensionBrowser;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  downloadsDir: string;
  /** Opens an extension page (e.g. 'options.html') in a new tab. */
  openExtensionPage: (page: string) => Promise<Page>;
}

export const test = base.extend<Fixtures, HqWorkerFixtures>({
  // One real HQ server per worker, reset before every test.
  hq: hqWorkerFixture,

  downloadsDir: async ({}, use) => {
    await use(mkdtempSync(path.join(tmpdir(), 'hq-downloads-')));
  },

  extensionBrowser: async ({ hq, downloadsDir }, use) => {
    hq.reset();
    const launched = await launchWithExtension({ downloadsPath: downloadsDir });
    await use(launched);
    await launched.context.close();
  },

  context: async ({ extensionBrowser }, use) => {
    await use(extensionBrowser.context);
  },

  serviceWorker: async ({ extensionBrowser }, use) => {
    await use(extensionBrowser.serviceWorker);
  },

  extensionId: async ({ extensionBrowser }, use) => {
    await use(extensionBrowser.extensionId);
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** Connects through the options page, as a person would. */
export { fillAndConnect as connectViaOptions } from '../connect-via-options';
