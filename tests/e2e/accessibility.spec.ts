import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { connectExtension } from '../connect-via-options';
import { conversationByTitle } from '../hq-server/demo-data';
import { axeViolations } from './axe';

/*
 * Issue 19: axe-core finds nothing on any screen, light or dark — options
 * (signed out and connected), the popup's list, its previews and delete
 * confirmation, the Conversations view, the tab view with its preview pane,
 * and the page panel (its shadow root only: the page around it is HQ's).
 */

const SCHEMES = ['light', 'dark'] as const;

/** Every screen's violations, named by screen and scheme, so a failure says where. */
async function audit(page: Page, screen: string, found: Record<string, unknown>, scope?: string): Promise<void> {
  const violations = await axeViolations(page, scope);
  if (violations.length) found[screen] = violations;
}

async function previewReady(page: Page): Promise<void> {
  await page.getByRole('dialog').or(page.locator('.preview-pane')).locator('.preview-body > *').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.preview-body [aria-busy="true"]'));
}

test('every screen has no accessibility violations, light and dark', async ({ context, extensionId, hq }) => {
  test.setTimeout(180_000);
  const base = `chrome-extension://${extensionId}`;
  const found: Record<string, unknown> = {};

  const signedOut = await context.newPage();
  await signedOut.goto(`${base}/options.html`);
  await signedOut.getByRole('button', { name: 'Sign in with HQ' }).waitFor();
  for (const scheme of SCHEMES) {
    await signedOut.emulateMedia({ colorScheme: scheme });
    await audit(signedOut, `options, signed out (${scheme})`, found);
  }
  await signedOut.close();

  const options = await connectExtension(context, extensionId, {
    url: hq.url,
    webAppUrl: hq.webAppUrl,
    token: hq.tokens.readWrite,
  });
  for (const scheme of SCHEMES) {
    await options.emulateMedia({ colorScheme: scheme });
    await audit(options, `options, connected (${scheme})`, found);

    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`${base}/popup.html`);
    await popup.getByRole('listitem').first().waitFor();
    await audit(popup, `popup list (${scheme})`, found);

    const search = popup.getByRole('searchbox', { name: 'Search artifacts' });
    for (const [query, kind] of [
      ['revenue-by-region', 'image'],
      ['forecast.py', 'code'],
      ['landing-page', 'html'],
      ['quarterly-revenue.csv', 'table'],
      ['q3-revenue.pdf', 'pdf'],
      ['salaries', 'sensitive'],
    ] as const) {
      await search.fill(query);
      await popup.locator('.row-main').first().click();
      await popup.getByRole('dialog').waitFor();
      if (kind !== 'sensitive') await previewReady(popup);
      await audit(popup, `preview: ${kind} (${scheme})`, found);
      await popup.keyboard.press('Escape');
    }
    await search.fill('');
    await popup
      .getByRole('button', { name: /^Delete / })
      .first()
      .click();
    await popup.getByRole('dialog').waitFor();
    await audit(popup, `delete confirmation (${scheme})`, found);
    await popup.keyboard.press('Escape');
    await popup.getByRole('tab', { name: 'Conversations' }).click();
    await popup.getByRole('list', { name: 'Conversations' }).getByRole('listitem').first().waitFor();
    await audit(popup, `Conversations view (${scheme})`, found);
    await popup.close();

    const tab = await context.newPage();
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${base}/popup.html?view=tab`);
    await tab.getByRole('listitem').first().waitFor();
    await tab.getByRole('searchbox', { name: 'Search artifacts' }).fill('forecast.py');
    await tab.locator('.row-main').first().click();
    await previewReady(tab);
    await audit(tab, `tab view with its preview pane (${scheme})`, found);
    await tab.close();

    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${hq.webAppUrl}/conversations/${conversationByTitle(hq.data, 'Chart exports').id}`);
    await page.getByRole('button', { name: /^Artifacts \(\d+\)/ }).click();
    await page.getByRole('region', { name: 'Conversation artifacts' }).getByRole('listitem').first().waitFor();
    await audit(page, `page panel (${scheme})`, found, 'hq-artifacts-panel');
    await page.close();
  }
  expect(found).toEqual({});
});
