import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { OptionsPage } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';
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

test('every screen has no accessibility violations, light and dark', async ({ context, extensionId, hq }) => {
  test.setTimeout(180_000);
  const found: Record<string, unknown> = {};

  const signedOut = await OptionsPage.open(context, extensionId);
  await signedOut.signInButton.waitFor();
  for (const scheme of SCHEMES) {
    await signedOut.page.emulateMedia({ colorScheme: scheme });
    await audit(signedOut.page, `options, signed out (${scheme})`, found);
  }
  await signedOut.close();

  const options = await OptionsPage.openConnected(context, extensionId, {
    url: hq.url,
    webAppUrl: hq.webAppUrl,
    token: hq.tokens.readWrite,
  });
  for (const scheme of SCHEMES) {
    const colorScheme = (page: Page) => page.emulateMedia({ colorScheme: scheme });
    await colorScheme(options.page);
    await audit(options.page, `options, connected (${scheme})`, found);

    const popup = await PopupPage.open(context, extensionId, { beforeLoad: colorScheme });
    await popup.rows.first().waitFor();
    await audit(popup.page, `popup list (${scheme})`, found);

    for (const [query, kind] of [
      ['revenue-by-region', 'image'],
      ['forecast.py', 'code'],
      ['landing-page', 'html'],
      ['quarterly-revenue.csv', 'table'],
      ['q3-revenue.pdf', 'pdf'],
      ['salaries', 'sensitive'],
    ] as const) {
      await popup.search(query);
      await popup.page.locator('.row-main').first().click();
      await popup.dialog.waitFor();
      if (kind !== 'sensitive') await popup.previewReady();
      await audit(popup.page, `preview: ${kind} (${scheme})`, found);
      await popup.press('Escape');
    }
    await popup.search('');
    await popup.page
      .getByRole('button', { name: /^Delete / })
      .first()
      .click();
    await popup.dialog.waitFor();
    await audit(popup.page, `delete confirmation (${scheme})`, found);
    await popup.press('Escape');
    await popup.showConversations();
    await popup.conversationList.getByRole('listitem').first().waitFor();
    await audit(popup.page, `Conversations view (${scheme})`, found);
    await popup.close();

    const tab = await PopupPage.open(context, extensionId, {
      tab: true,
      viewport: { width: 1280, height: 800 },
      beforeLoad: colorScheme,
    });
    await tab.rows.first().waitFor();
    await tab.search('forecast.py');
    await tab.page.locator('.row-main').first().click();
    await tab.previewReady();
    await audit(tab.page, `tab view with its preview pane (${scheme})`, found);
    await tab.close();

    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id, { beforeLoad: colorScheme });
    await page.showArtifacts();
    await page.rows.first().waitFor();
    await audit(page.page, `page panel (${scheme})`, found, 'hq-artifacts-panel');
    await page.close();
  }
  expect(found).toEqual({});
});
