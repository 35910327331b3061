import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../launch-browser';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';
import type { HqServer } from '../hq-server/server';
import { connectExtension, serverOf } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';

interface Fixtures {
  /** The browser's UI language for the test (test.use({ uiLanguage: 'ar' })); English by default. */
  uiLanguage: string;
  /** Chromium with the extension, started fresh for each test. */
  extensionBrowser: ExtensionBrowser;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  downloadsDir: string;
}

export const test = base.extend<Fixtures, HqWorkerFixtures>({
  // One real HQ server per worker, reset before every test.
  hq: hqWorkerFixture,

  uiLanguage: ['en', { option: true }],

  downloadsDir: async ({}, use) => {
    await use(mkdtempSync(path.join(tmpdir(), 'hq-downloads-')));
  },

  extensionBrowser: async ({ hq, downloadsDir, uiLanguage }, use) => {
    hq.reset();
    const launched = await launchWithExtension({ downloadsPath: downloadsDir, language: uiLanguage });
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
});

export const expect = test.expect;

/** Connects through the options page (closed again), then opens the popup at popup size. */
export async function connectAndOpenPopup(
  context: BrowserContext,
  extensionId: string,
  hq: HqServer,
  token: string = hq.tokens.readWrite,
): Promise<PopupPage> {
  const options = await connectExtension(context, extensionId, serverOf(hq, token));
  await options.close();
  return PopupPage.open(context, extensionId);
}
