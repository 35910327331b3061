import { test, expect } from './fixtures';
import { connectAndOpenPopup, openPopup } from './popup-helpers';
import { connectExtension } from '../connect-via-options';
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
    await expect(popup.locator('.row').first()).toBeVisible();

    const name = await fontSize(popup, '.row-name');
    const meta = await fontSize(popup, '.row-meta');
    const caption = await fontSize(popup, '.row-caption');
    expect(name).toBeGreaterThanOrEqual(13);
    expect(name).toBeGreaterThan(meta);
    expect(name).toBeGreaterThan(caption);
    expect(meta).toBeGreaterThanOrEqual(11.5);
    expect(await fontSize(popup, '#artifact-search')).toBeGreaterThanOrEqual(13);
    expect(await fontSize(popup, 'h1')).toBeGreaterThan(name);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await fontSize(options, 'body')).toBeGreaterThanOrEqual(13);
    expect(await fontSize(options, 'main p, main label')).toBeGreaterThanOrEqual(12);
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
    const row = popup.getByRole('listitem').filter({ has: popup.getByRole('button', { name: /^forecast\.py/ }) });
    const link = row.getByRole('link', { name: /^Open conversation / });
    await expect(link).toHaveAttribute('href', `${hq.webAppUrl}/conversations/${forecast.conversation_id}`);
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(tab).toHaveURL(`${hq.webAppUrl}/conversations/${forecast.conversation_id}`);

    const detached = hq.data.artifacts.find((a) => a.conversation_id === null)!;
    await popup.getByRole('searchbox', { name: 'Search artifacts' }).fill(detached.name);
    const detachedRow = popup.getByRole('listitem').first();
    await expect(detachedRow).toContainText('Detached');
    await expect(detachedRow.getByRole('link')).toHaveCount(0);
  });

  test('the list is one Tab stop; arrows, Space, Ctrl+A and Delete act on the focused row', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.locator('.row').nth(2)).toBeVisible();
    const focused = () =>
      popup.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      );

    await popup.getByRole('searchbox', { name: 'Search artifacts' }).focus();
    await popup.keyboard.press('Tab'); // the selected type filter
    await expect(popup.getByRole('tab', { name: /^All/ })).toBeFocused();
    await popup.keyboard.press('Tab'); // the list: its first row
    await expect(popup.locator('.row-main').first()).toBeFocused();
    await popup.keyboard.press('Tab'); // out of the list: no checkbox, Download or Delete stops on the way
    expect(await popup.evaluate(() => document.activeElement?.closest('#artifact-list'))).toBeNull();
    await popup.keyboard.press('Shift+Tab');
    await expect(popup.locator('.row-main').first()).toBeFocused();

    await popup.keyboard.press('ArrowDown');
    await expect(popup.locator('.row-main').nth(1)).toBeFocused();
    const second = (await popup.locator('.row-name').nth(1).textContent())!;
    await popup.keyboard.press('ArrowRight'); // the row's own controls: link, Download, Delete
    expect(await focused()).toMatch(/^Open conversation /);
    await popup.keyboard.press('ArrowRight');
    expect(await focused()).toBe(`Download ${second}`);
    await popup.keyboard.press('ArrowLeft');
    await popup.keyboard.press('ArrowLeft');
    await expect(popup.locator('.row-main').nth(1)).toBeFocused();

    await popup.keyboard.press('Space');
    await expect(popup.getByText('1 selected')).toBeVisible();
    await expect(popup.getByRole('dialog')).toHaveCount(0); // Space selects, it does not open
    await popup.keyboard.press('ControlOrMeta+a');
    await expect(popup.getByText(`${hq.data.artifacts.length} selected`)).toBeVisible();

    await popup.keyboard.press('Delete');
    const confirm = popup.getByRole('dialog');
    await expect(confirm.getByRole('heading')).toHaveText(`Delete ${second}?`);
    await popup.keyboard.press('Escape');
    await expect(popup.locator('.row-main').nth(1)).toBeFocused();

    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(second);
  });

  test('dialogs keep focus inside while open and give it back', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.getByRole('searchbox', { name: 'Search artifacts' }).fill('forecast.py');
    await popup.locator('.row-main').first().focus();
    await popup.keyboard.press('Enter');
    const dialog = popup.getByRole('dialog');
    await expect(dialog.locator('pre code')).toBeVisible();
    const insideDialog = () => popup.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      expect(await insideDialog(), `after ${i + 1} × Tab`).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Shift+Tab');
      expect(await insideDialog(), `after ${i + 1} × Shift+Tab`).toBe(true);
    }
    await popup.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(popup.locator('.row-main').first()).toBeFocused();
  });

  test('notices: an outcome goes away by itself, an error stays until dismissed', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.getByRole('button', { name: 'Download forecast.py' }).click();
    const saved = popup.getByRole('status').getByText(/^Saved .* to your downloads\.$/);
    await expect(saved).toBeVisible();
    await expect(saved).toBeHidden({ timeout: 10_000 });

    const gone = findArtifact(hq.data, 'metrics.json');
    hq.data.artifacts.splice(hq.data.artifacts.indexOf(gone), 1);
    await popup.getByRole('button', { name: 'Download metrics.json' }).click();
    const alert = popup.getByRole('alert').filter({ hasText: 'no longer on HQ' });
    await expect(alert).toBeVisible();
    await popup.waitForTimeout(7_000);
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
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`chrome-extension://${extensionId}/popup.html?view=tab`);
    await expect(tab.locator('.row').first()).toBeVisible();
    const page = await tab.evaluate(() => document.querySelector('.popup')!.getBoundingClientRect().width);
    expect(page).toBeGreaterThan(1100);
    await tab.getByRole('searchbox', { name: 'Search artifacts' }).fill('quarterly-revenue');
    await tab.locator('.row-main').first().click();
    const pane = tab.getByRole('complementary', { name: 'Preview' });
    await expect(pane.getByRole('table')).toBeVisible();
    await expect(tab.getByRole('dialog')).toHaveCount(0);
    const [list, preview] = await Promise.all([tab.locator('#artifact-list').boundingBox(), pane.boundingBox()]);
    expect(preview!.x).toBeGreaterThanOrEqual(list!.x + list!.width);
    expect(preview!.width).toBeGreaterThan(500);

    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 360, height: 700 });
    await narrow.goto(`chrome-extension://${extensionId}/popup.html?view=tab`);
    await expect(narrow.locator('.row').first()).toBeVisible();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const controls = [
      narrow.getByRole('button', { name: /^Download / }).first(),
      narrow.getByRole('button', { name: /^Delete / }).first(),
      narrow.getByRole('searchbox', { name: 'Search artifacts' }),
      narrow.getByRole('tab', { name: /^Files/ }),
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
  let popup: Page;
  try {
    popup = await openPopup(context, extensionId);
    const alert = popup.getByRole('alert').first();
    await expect(alert).toContainText(/offline|reach/i);
    await expect(alert).not.toContainText('Showing the list from');
    await expect(popup.getByText('No artifacts yet')).toHaveCount(0);
  } finally {
    await hq.start();
  }
  await popup.getByRole('button', { name: 'Retry' }).click();
  await expect(popup.locator('.row').first()).toBeVisible();
  await expect(popup.getByRole('alert').filter({ hasText: /offline|reach/i })).toHaveCount(0);
});
