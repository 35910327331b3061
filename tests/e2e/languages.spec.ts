import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { conversationByTitle } from '../hq-server/demo-data';
import { wordsIn } from './catalogue-words';
import { OptionsPage, serverOf } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';

/*
 * The extension in German and in Arabic, as a person whose browser speaks
 * that language meets it: the words, the plural forms each language's rules
 * pick (Arabic has six), and for Arabic a mirrored layout. Chromium takes its
 * UI language from the environment (tests/launch-browser.ts).
 */

const centreX = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width / 2;
};

for (const { language, dir, two, four } of [
  { language: 'de', dir: 'ltr', two: 'other', four: 'other' },
  { language: 'ar', dir: 'rtl', two: 'two', four: 'few' },
]) {
  test.describe(`in ${language}`, () => {
    test.use({ uiLanguage: language });
    const W = wordsIn(language);
    const number = (n: number) => new Intl.NumberFormat(language).format(n);

    test('the options page, the popup and the page panel speak it', async ({
      context,
      extensionId,
      hq,
      serviceWorker,
    }) => {
      const uiLanguage = await serviceWorker.evaluate('chrome.i18n.getUILanguage()');
      expect(uiLanguage, 'Chromium has this language (Debian: apt-get install chromium-l10n)').toBe(language);
      const options = (await OptionsPage.openConnected(context, extensionId, serverOf(hq), W)).page;
      await expect(options.locator('html')).toHaveAttribute('lang', language);
      await expect(options.locator('html')).toHaveAttribute('dir', dir);
      await expect(options).toHaveTitle(W('options_documentTitle'));
      await expect(options.getByRole('heading', { name: W('options_connectionTitle'), exact: true })).toBeVisible();
      await expect(options.getByRole('button', { name: W('options_signOutButton') })).toBeVisible();
      await options.screenshot({ path: test.info().outputPath(`options-${language}.png`), fullPage: true });
      await options.close();

      const popup = (await PopupPage.open(context, extensionId)).page;
      await expect(popup.locator('html')).toHaveAttribute('dir', dir);
      await expect(popup.getByRole('tab', { name: W('popup_conversationsTab') })).toBeVisible();
      await expect(popup.getByRole('tab', { name: new RegExp(`^${W('filter_images')}`) })).toBeVisible();
      const firstRow = popup.getByRole('listitem').first();
      await expect(firstRow).toBeVisible();
      // Mirrored: the checkbox leads the row, on the right in Arabic.
      const iconFirst =
        (await centreX(firstRow.locator('.row-check'))) < (await centreX(firstRow.locator('.row-main')));
      expect(iconFirst).toBe(dir === 'ltr');

      await popup.getByRole('checkbox').nth(0).check();
      await expect(popup.getByText(W('popup_selectedCount_one', number(1)), { exact: true })).toBeVisible();
      await popup.getByRole('checkbox').nth(1).check();
      await expect(popup.getByText(W(`popup_selectedCount_${two}`, number(2)), { exact: true })).toBeVisible();
      await expect(popup.getByRole('button', { name: W('popup_zipSelected') })).toBeVisible();
      await popup.screenshot({ path: test.info().outputPath(`popup-${language}.png`) });
      await popup.getByRole('button', { name: W('popup_clearSelection') }).click();

      await firstRow.locator('.row-main').focus();
      await popup.keyboard.press('Delete');
      const dialog = popup.getByRole('dialog');
      await expect(dialog.getByText(W('popup_confirmDeleteBodyInConversation'))).toBeVisible();
      const cancelFirst =
        (await centreX(dialog.getByRole('button', { name: W('popup_cancel') }))) <
        (await centreX(dialog.getByRole('button', { name: W('popup_confirmDeleteButton'), exact: true })));
      expect(cancelFirst).toBe(dir === 'ltr');
      await popup.screenshot({ path: test.info().outputPath(`popup-delete-${language}.png`) });
      await popup.close();

      const conversation = conversationByTitle(hq.data, 'Chart exports');
      const { page } = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
      await page.getByRole('button', { name: W(`panel_artifactsButton_${four}`, number(4)) }).click();
      const region = page.getByRole('region', { name: W('panel_regionLabel') });
      await expect(region.getByRole('listitem')).toHaveCount(4);
      await expect(page.getByRole('button', { name: W(`panel_downloadAllZip_${four}`, number(4)) })).toBeVisible();
      // The panel keeps to the end of the line: the right in German, the left in Arabic.
      const onTheLeft = (await centreX(region)) < page.viewportSize()!.width / 2;
      expect(onTheLeft).toBe(dir === 'rtl');
      await page.screenshot({ path: test.info().outputPath(`panel-${language}.png`) });
    });
  });
}
