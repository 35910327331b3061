/**
 * The German and Arabic screens for `npm run screenshots` (Arabic mirrored):
 * the options page, the popup with two rows selected, its delete
 * confirmation and a conversation page with its panel, light and dark.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HqServer } from '../tests/hq-server/server';
import { conversationByTitle } from '../tests/hq-server/demo-data';
import { launchWithExtension } from '../tests/launch-browser';
import { wordsIn } from '../tests/e2e/catalogue-words';
import { OptionsPage, serverOf } from '../components/options/options.page';
import { PopupPage } from '../components/popup/popup.page';
import { ConversationPanelPage } from '../components/conversation-panel/conversation-panel.page';
import type { Page } from '@playwright/test';

export async function shootLanguages(hq: HqServer, folder: string): Promise<void> {
  for (const language of ['de', 'ar']) {
    const W = wordsIn(language);
    const { context, extensionId } = await launchWithExtension({
      language,
      userDataDir: mkdtempSync(path.join(tmpdir(), `hq-shots-${language}-`)),
    });
    const shot = (name: string) => path.join(folder, `${language}-${name}.png`);
    const options = (await OptionsPage.openConnected(context, extensionId, serverOf(hq), W)).page;
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: shot(`options-${scheme}`), fullPage: true });

      const colours = (page: Page) => page.emulateMedia({ colorScheme: scheme });
      const { page: popup } = await PopupPage.open(context, extensionId, { beforeLoad: colours });
      await popup.locator('#artifact-list .row-main').first().waitFor();
      await popup.getByRole('checkbox').nth(0).check();
      await popup.getByRole('checkbox').nth(1).check();
      await popup.screenshot({ path: shot(`popup-${scheme}`) });
      await popup.getByRole('button', { name: W('popup_clearSelection') }).click();
      await popup.locator('#artifact-list .row-main').first().focus();
      await popup.keyboard.press('Delete');
      await popup.getByRole('dialog').waitFor();
      await popup.screenshot({ path: shot(`popup-delete-${scheme}`) });
      await popup.close();

      const conversation = conversationByTitle(hq.data, 'Chart exports');
      const { page } = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id, {
        beforeLoad: colours,
      });
      await page.locator('hq-artifacts-panel').getByRole('button').first().click();
      await page.getByRole('region', { name: W('panel_regionLabel') }).waitFor();
      await page.screenshot({ path: shot(`conversation-panel-${scheme}`) });
      await page.close();
    }
    await context.close();
  }
}
