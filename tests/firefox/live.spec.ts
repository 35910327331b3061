import { unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { test, expect, connect, connectWithToken } from './fixtures';
import { clickButton, clickElement, fill, waitForText } from './page-queries';
import { completedFiles } from './downloads';
import { waitUntil } from './firefox-browser';
import { conversationByTitle } from '../hq-server/demo-data';

/*
 * Issue 22 in Firefox: its background is an event page, its alarms, idle,
 * notifications and badge are Firefox's own. The toolbar button's badge and
 * the notifications are read from an extension page (options.html), which
 * marks nothing seen.
 */

const badge = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string> } } }
    ).browser.action.getBadgeText({}),
  );
const panelText = (page: Page) =>
  page.evaluate(() => document.querySelector('hq-artifacts-panel')?.shadowRoot?.textContent ?? '');

async function expectEventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 20_000): Promise<T> {
  let last: T | undefined;
  await expect
    .poll(
      async () => {
        last = await read();
        return check(last);
      },
      { timeout },
    )
    .toBe(true);
  return last!;
}

test.describe('new artifacts find the person', () => {
  test('an artifact added while Firefox sits on a conversation page shows in its panel and on the badge; the popup marks it new and the badge clears', async ({
    firefox,
    hq,
  }) => {
    await connect(firefox, hq);
    const options = await firefox.openExtensionPage('options.html');
    await options.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }
      ).browser.storage.local.set({
        testTiming: { panelMs: 1_000 },
      }),
    );
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const page = await firefox.browser.newPage();
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    await expectEventually(
      () => panelText(page),
      (text) => text.includes('Artifacts (4)'),
    );
    expect(await badge(options)).toBe('');

    hq.addArtifact(conversation.id, { name: 'forecast-v2.png' });
    await expectEventually(
      () => panelText(page),
      (text) => text.includes('Artifacts (5)') && text.includes('1 new artifact'),
    );
    await expectEventually(
      () => badge(options),
      (text) => text === '1',
    );

    const popup = await firefox.openExtensionPage('popup.html');
    await waitUntil(
      popup,
      `[...document.querySelectorAll('#artifact-list .row')].some((row) => row.textContent.includes('forecast-v2.png') && row.querySelector('.badge.new'))`,
    );
    await expectEventually(
      () => badge(options),
      (text) => text === '',
    );
  });
});

test('with no page open, the look at rest (alarm, idle) raises the badge in Firefox too', async ({ firefox, hq }) => {
  const options = await firefox.openExtensionPage('options.html');
  await options.evaluate(() =>
    (
      globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }
    ).browser.storage.local.set({ testTiming: { workspaceMs: 2_000 } }),
  );
  await connectWithToken(options, hq);
  await waitForText(options, '[role="status"]', /Connected as/);
  const popup = await firefox.openExtensionPage('popup.html');
  await waitForText(popup, 'body', /Updated/);
  await popup.close();
  hq.addArtifact(conversationByTitle(hq.data, 'Chart exports').id, { name: 'summary.md' });
  await expectEventually(
    () => badge(options),
    (text) => text === '1',
  );
});

test.describe('not downloaded yet', () => {
  test('its ZIP holds exactly what was never saved, and the list is then empty', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await waitForText(popup, 'button', /^Not downloaded yet \(\d+\)$/);
    await fill(popup, 'Search artifacts', 'chart exports');
    await waitUntil(popup, `document.querySelectorAll('#artifact-list .row-name').length === 4`);
    await clickElement(popup, (await popup.$$('#artifact-list .row button[aria-label^="Download"]'))[0]!);
    await waitForText(popup, '[role="status"]', /Saved/);
    await clickButton(popup, /^Not downloaded yet/);
    await clickButton(popup, 'Download 3 as ZIP');
    await waitForText(popup, 'button', /^Not downloaded yet/);
    // Saved: none of the four is listed as not downloaded any more.
    await waitUntil(popup, `document.querySelectorAll('#artifact-list .row').length === 0`, 30_000);
    const files = await completedFiles(firefox.downloadsDir, 2);
    const zip = files.find((file) => file.name.endsWith('.zip'))!;
    expect(Object.keys(unzipSync(new Uint8Array(zip.bytes)))).toHaveLength(3);
  });
});

test.describe('a job that ends unseen', () => {
  test('a ZIP that finishes after the popup closed raises a notification for its file', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    // Headless Firefox has no notification area: a notification closes as soon as it is made, so an extension page
    // records the ones the background makes.
    const options = await firefox.openExtensionPage('options.html');
    await options.evaluate(() => {
      const w = globalThis as unknown as {
        made: string[];
        browser: { notifications: { onClosed: { addListener(l: (id: string) => void): void } } };
      };
      w.made = [];
      w.browser.notifications.onClosed.addListener((id) => void w.made.push(id));
    });
    const popup = await firefox.openExtensionPage('popup.html');
    await fill(popup, 'Search artifacts', 'chart exports');
    await waitUntil(popup, `document.querySelectorAll('#artifact-list .row-name').length === 4`);
    for (const index of [0, 1])
      await clickElement(popup, (await popup.$$('#artifact-list input[type="checkbox"]'))[index]!);
    hq.faults.latency(1_500);
    await clickButton(popup, 'Download selected as ZIP');
    await popup.close();
    const ids = await expectEventually(
      () => options.evaluate(() => (globalThis as unknown as { made: string[] }).made),
      (all) => all.some((id) => /^saved:\d+$/.test(id)),
      30_000,
    );
    const downloadId = Number(ids.find((id) => id.startsWith('saved:'))!.slice('saved:'.length));
    const item = await options.evaluate(
      async (id) =>
        (
          await (
            globalThis as unknown as {
              browser: { downloads: { search(q: object): Promise<{ state: string; filename: string }[]> } };
            }
          ).browser.downloads.search({ id })
        )[0],
      downloadId,
    );
    expect(item?.state).toBe('complete');
    expect(item?.filename).toMatch(/\.zip$/);
  });
});
