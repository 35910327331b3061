import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumExecutable, E2E_EXTENSION_DIR } from '../browser-path';
import { startHqServer, type HqServer } from '../hq-server/server';

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  downloadsDir: string;
  /** Opens an extension page (e.g. 'options.html') in a new tab. */
  openExtensionPage: (page: string) => Promise<Page>;
}

interface WorkerFixtures {
  hq: HqServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // One real HQ server per worker, reset before every test.
  hq: [
    async ({}, use) => {
      const server = await startHqServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  downloadsDir: async ({}, use) => {
    await use(mkdtempSync(path.join(tmpdir(), 'hq-downloads-')));
  },

  context: async ({ hq, downloadsDir }, use) => {
    hq.reset();
    const executablePath = chromiumExecutable();
    const context = await chromium.launchPersistentContext('', {
      headless: true,
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs(E2E_EXTENSION_DIR),
      acceptDownloads: true,
      downloadsPath: downloadsDir,
    });
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
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
