import { test, expect, connectAndOpenPopup } from './fixtures';
import { connectExtension, OptionsPage } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { findArtifact } from '../hq-server/demo-data';
import type { Page } from '@playwright/test';

/** Rendered font size in px of the first element matching `selector`. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test.describe('popup UX', () => {
  test('text has a clear hierarchy, names are never small, and no page logs an error', async ({
    context,
    extensionId,
    hq,
  }) => {
    const errors: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.page()?.url()}: ${message.text()}`);
    });
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.page.locator('.row').first()).toBeVisible();

    const name = await fontSize(popup.page, '.row-name');
    const meta = await fontSize(popup.page, '.row-meta');
    const caption = await fontSize(popup.page, '.row-caption');
    expect(name).toBeGreaterThanOrEqual(13);
    expect(name).toBeGreaterThan(meta);
    expect(name).toBeGreaterThan(caption);
    expect(meta).toBeGreaterThanOrEqual(11.5);
    expect(await fontSize(popup.page, '#artifact-search')).toBeGreaterThanOrEqual(13);
    expect(await fontSize(popup.page, 'h1')).toBeGreaterThan(name);

    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await fontSize(options.page, 'body')).toBeGreaterThanOrEqual(13);
    expect(await fontSize(options.page, 'main p, main label')).toBeGreaterThanOrEqual(12);
    await options.close();
    expect(errors).toEqual([]);
  });

  test('a row links to its source conversation in the web app; a detached one says so', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const forecast = findArtifact(hq.data, 'forecast.py');
    const link = popup.row('forecast.py').getByRole('link', { name: /^Open conversation / });
    await expect(link).toHaveAttribute('href', `${hq.webAppUrl}/conversations/${forecast.conversation_id}`);
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(tab).toHaveURL(`${hq.webAppUrl}/conversations/${forecast.conversation_id}`);

    const detached = hq.data.artifacts.find((a) => a.conversation_id === null)!;
    await popup.search(detached.name);
    const detachedRow = popup.rows.first();
    await expect(detachedRow).toContainText('Detached');
    await expect(detachedRow.getByRole('link')).toHaveCount(0);
  });

  test('the list is one Tab stop; arrows, Space, Ctrl+A and Delete act on the focused row', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const rowMain = popup.page.locator('.row-main');
    await expect(popup.page.locator('.row').nth(2)).toBeVisible();
    const focused = () =>
      popup.page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      );

    await popup.searchBox.focus();
    await popup.press('Tab'); // the selected type filter
    await expect(popup.filterTab('All')).toBeFocused();
    await popup.press('Tab'); // "Not downloaded yet", which narrows the list
    await expect(popup.page.getByRole('button', { name: /^Not downloaded yet/ })).toBeFocused();
    await popup.press('Tab'); // the list: its first row
    await expect(rowMain.first()).toBeFocused();
    await popup.press('Tab'); // out of the list: no checkbox, Download or Delete stops on the way
    expect(await popup.page.evaluate(() => document.activeElement?.closest('#artifact-list'))).toBeNull();
    await popup.press('Shift+Tab');
    await expect(rowMain.first()).toBeFocused();

    await popup.press('ArrowDown');
    await expect(rowMain.nth(1)).toBeFocused();
    const second = (await popup.page.locator('.row-name').nth(1).textContent())!;
    await popup.press('ArrowRight'); // the row's own controls: link, Download, Delete
    expect(await focused()).toMatch(/^Open conversation /);
    await popup.press('ArrowRight');
    expect(await focused()).toBe(`Download ${second}`);
    await popup.press('ArrowLeft');
    await popup.press('ArrowLeft');
    await expect(rowMain.nth(1)).toBeFocused();

    await popup.press('Space');
    await expect(popup.selected(1)).toBeVisible();
    await expect(popup.dialog).toHaveCount(0); // Space selects, it does not open
    await popup.press('ControlOrMeta+a');
    await expect(popup.selected(hq.data.artifacts.length)).toBeVisible();

    await popup.press('Delete');
    await expect(popup.dialog.getByRole('heading')).toHaveText(`Delete ${second}?`);
    await popup.press('Escape');
    await expect(rowMain.nth(1)).toBeFocused();

    await popup.press('Enter');
    await expect(popup.previewHeading).toHaveText(second);
  });

  test('dialogs keep focus inside while open and give it back', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.search('forecast.py');
    await popup.page.locator('.row-main').first().focus();
    await popup.press('Enter');
    const dialog = popup.dialog;
    await expect(dialog.locator('pre code')).toBeVisible();
    const insideDialog = () => popup.page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
    for (let i = 0; i < 12; i++) {
      await popup.press('Tab');
      expect(await insideDialog(), `after ${i + 1} × Tab`).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await popup.press('Shift+Tab');
      expect(await insideDialog(), `after ${i + 1} × Shift+Tab`).toBe(true);
    }
    await popup.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(popup.page.locator('.row-main').first()).toBeFocused();
  });

  test('notices: an outcome goes away by itself, an error stays until dismissed', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    // The popup's timers run on Playwright's clock from here: the 6 s an outcome stays pass at once.
    await popup.page.clock.install();
    await popup.download('forecast.py');
    const saved = popup.statuses.getByText(/^Saved .* to your downloads\.$/);
    await expect(saved).toBeVisible();
    await popup.page.clock.runFor(6_000);
    await expect(saved).toBeHidden({ timeout: 10_000 });

    const gone = findArtifact(hq.data, 'metrics.json');
    hq.data.artifacts.splice(hq.data.artifacts.indexOf(gone), 1);
    await popup.download('metrics.json');
    const alert = popup.alerts.filter({ hasText: 'no longer on HQ' });
    await expect(alert).toBeVisible();
    // Longer than an outcome stays: every timer due in 7 s fires, and the error is still there.
    await popup.page.clock.runFor(7_000);
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  });

  test('the tab view uses the window: list beside a preview pane when wide, nothing cut off when narrow', async ({
    context,
    extensionId,
    hq,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const tab = await PopupPage.open(context, extensionId, { tab: true, viewport: { width: 1280, height: 800 } });
    await expect(tab.page.locator('.row').first()).toBeVisible();
    const page = await tab.page.evaluate(() => document.querySelector('.popup')!.getBoundingClientRect().width);
    expect(page).toBeGreaterThan(1100);
    await tab.search('quarterly-revenue');
    await tab.page.locator('.row-main').first().click();
    const pane = tab.previewPane;
    await expect(pane.getByRole('table')).toBeVisible();
    await expect(tab.dialog).toHaveCount(0);
    const [list, preview] = await Promise.all([tab.page.locator('#artifact-list').boundingBox(), pane.boundingBox()]);
    expect(preview!.x).toBeGreaterThanOrEqual(list!.x + list!.width);
    expect(preview!.width).toBeGreaterThan(500);

    const narrow = await PopupPage.open(context, extensionId, { tab: true, viewport: { width: 360, height: 700 } });
    await expect(narrow.page.locator('.row').first()).toBeVisible();
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const controls = [
      narrow.page.getByRole('button', { name: /^Download / }).first(),
      narrow.page.getByRole('button', { name: /^Delete / }).first(),
      narrow.searchBox,
      narrow.filterTab('Files'),
    ];
    for (const control of controls) {
      const box = (await control.boundingBox())!;
      expect(
        box.x + box.width,
        `${(await control.getAttribute('aria-label')) ?? (await control.textContent())} fits`,
      ).toBeLessThanOrEqual(350);
    }
  });
});

test('popup: offline with nothing cached says so and offers Retry', async ({ context, extensionId, hq }) => {
  // Connected, but the list was never fetched: nothing in the cache.
  await (
    await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite })
  ).close();
  await hq.stop();
  let popup: PopupPage;
  try {
    popup = await PopupPage.open(context, extensionId);
    const alert = popup.alerts.first();
    await expect(alert).toContainText(/offline|reach/i);
    await expect(alert).not.toContainText('Showing the list from');
    await expect(popup.page.getByText('No artifacts yet')).toHaveCount(0);
  } finally {
    await hq.start();
  }
  await popup.page.getByRole('button', { name: 'Retry' }).click();
  await expect(popup.page.locator('.row').first()).toBeVisible();
  await expect(popup.alerts.filter({ hasText: /offline|reach/i })).toHaveCount(0);
});
