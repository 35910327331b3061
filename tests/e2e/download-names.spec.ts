import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchWithNamedDownloads, type ExtensionBrowser } from '../launch-browser';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';
import { OptionsPage, serverOf } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { connectAndOpenPopup } from './fixtures';
import { findArtifact } from '../hq-server/demo-data';

/*
 * What lands in the person's Downloads folder, by name. Chrome streams a
 * single file from the service worker to the downloads manager, which names
 * it through onDeterminingFilename; Playwright's own download handling
 * would save it under a GUID and skip that, so these tests run the browser
 * with its own.
 */

const test = base.extend<{ downloadsDir: string; browserWithDownloads: ExtensionBrowser }, HqWorkerFixtures>({
  hq: hqWorkerFixture,
  downloadsDir: async ({}, use) => {
    await use(mkdtempSync(path.join(tmpdir(), 'hq-named-downloads-')));
  },
  browserWithDownloads: async ({ hq, downloadsDir }, use) => {
    hq.reset();
    const launched = await launchWithNamedDownloads(downloadsDir);
    await use(launched);
    await launched.close();
  },
});

test('a file saved from the popup lands under its own name, in its conversation’s folder when asked, and a second copy beside it', async ({
  browserWithDownloads: { context, extensionId },
  hq,
  downloadsDir,
}) => {
  const options = await OptionsPage.openConnected(context, extensionId, serverOf(hq, hq.tokens.readWrite));
  await options.folderPerConversation.check();
  await expect(options.page.getByText('Saved.')).toBeVisible();
  await options.close();

  const popup = await PopupPage.open(context, extensionId);
  const bytes = Buffer.from(findArtifact(hq.data, 'q3-revenue.pdf').bytes);
  const first = path.join(downloadsDir, 'Q3 revenue analysis', 'q3-revenue.pdf');
  const second = path.join(downloadsDir, 'Q3 revenue analysis', 'q3-revenue (1).pdf');
  await popup.download('q3-revenue.pdf');
  await expect(popup.lastStatus).toContainText('Saved Q3 revenue analysis/q3-revenue.pdf');
  await expect.poll(() => existsSync(first)).toBe(true);
  await popup.download('q3-revenue.pdf');
  await expect.poll(() => existsSync(second)).toBe(true);
  expect(readFileSync(first).equals(bytes)).toBe(true);
  expect(readFileSync(second).equals(bytes)).toBe(true);
});

test('a hostile name is saved as its safe form, not where it points', async ({
  browserWithDownloads: { context, extensionId },
  hq,
  downloadsDir,
}) => {
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  await popup.download('../x.txt');
  await expect(popup.lastStatus).toContainText('Saved x.txt to your downloads');
  await expect.poll(() => existsSync(path.join(downloadsDir, 'x.txt'))).toBe(true);
  expect(existsSync(path.join(downloadsDir, '..', 'x.txt'))).toBe(false);
});

test('files saved at the same moment are each named as asked', async ({
  browserWithDownloads: { context, extensionId },
  hq,
  downloadsDir,
}) => {
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  const names = ['forecast.py', 'q3-revenue.pdf', 'README.md', 'dataset.bin'];
  for (const name of names) await popup.download(name);
  for (const name of names) await expect.poll(() => existsSync(path.join(downloadsDir, name))).toBe(true);
  for (const name of names)
    expect(readFileSync(path.join(downloadsDir, name)).equals(Buffer.from(findArtifact(hq.data, name).bytes))).toBe(
      true,
    );
});
