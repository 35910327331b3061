import { test as base, expect } from '@playwright/test';
import { launchWithExtension, PSEUDO_EXTENSION_DIR, type ExtensionBrowser } from '../launch-browser';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';
import { conversationByTitle } from '../hq-server/demo-data';
import { wordsIn } from './catalogue-words';
import { OptionsPage, serverOf } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';
import { hardCodedText, overflowingText } from './hard-coded-text';

/*
 * The pseudo-locale build (npm run build:pseudo): every catalogue message is
 * accented, ⟦wrapped⟧ and about 40 % longer. Any word on screen without those
 * marks was written into the code, not the catalogue; the screenshots show
 * where long words break the layout.
 */
const test = base.extend<{ pseudo: ExtensionBrowser }, HqWorkerFixtures>({
  hq: hqWorkerFixture,
  pseudo: async ({ hq }, use) => {
    hq.reset();
    const launched = await launchWithExtension({ extensionDir: PSEUDO_EXTENSION_DIR });
    await use(launched);
    await launched.context.close();
  },
});
const W = wordsIn('pseudo');

test('the options page and the page panel show only catalogue words', async ({ pseudo, hq }) => {
  const { context, extensionId } = pseudo;
  const options = (await OptionsPage.openConnected(context, extensionId, serverOf(hq), W)).page;
  for (const summary of ['options_advancedSummary', 'options_tokenSummary'])
    await expect(
      options.locator('details', { has: options.locator('summary', { hasText: W(summary) }) }),
    ).toHaveAttribute('open', '');
  expect(await hardCodedText(options)).toEqual([]);
  expect(await overflowingText(options)).toEqual([]);
  await options.screenshot({ path: test.info().outputPath('pseudo-options.png'), fullPage: true });

  const conversation = conversationByTitle(hq.data, 'Chart exports');
  const { page } = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
  await page.getByRole('button', { name: W('panel_artifactsButton_other', '4') }).click();
  await expect(page.getByRole('region', { name: W('panel_regionLabel') }).getByRole('listitem')).toHaveCount(4);
  expect(await hardCodedText(page, 'hq-artifacts-panel')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('pseudo-panel.png') });
});

test('the popup shows only catalogue words: list, selection, preview, delete, conversations', async ({
  pseudo,
  hq,
}) => {
  const { context, extensionId } = pseudo;
  await (await OptionsPage.openConnected(context, extensionId, serverOf(hq), W)).page.close();
  const popup = (await PopupPage.open(context, extensionId)).page;
  const rows = popup.locator('#artifact-list .row-main');
  await expect(rows.first()).toBeVisible();
  await expect(popup.getByText(W('popup_indexFindingStatus'))).toHaveCount(0);
  const screens: Array<[string, string[]]> = [];
  const look = async (name: string) => {
    screens.push([name, [...(await hardCodedText(popup)), ...(await overflowingText(popup))]]);
    await popup.screenshot({ path: test.info().outputPath(`pseudo-popup-${name}.png`) });
  };
  await look('list');

  await popup.getByRole('checkbox').nth(0).check();
  await popup.getByRole('checkbox').nth(1).check();
  await expect(popup.getByText(W('popup_selectedCount_other', '2'))).toBeVisible();
  await look('selection');
  await popup.getByRole('button', { name: W('popup_clearSelection') }).click();

  await rows.first().click();
  await expect(popup.getByRole('dialog')).toBeVisible();
  await popup.getByRole('dialog').locator('.preview-body > *').first().waitFor();
  await look('preview');
  await popup.keyboard.press('Escape');

  await rows.first().focus();
  await popup.keyboard.press('Delete');
  await expect(popup.getByRole('dialog')).toBeVisible();
  await look('delete');
  await popup.getByRole('button', { name: W('popup_cancel') }).click();

  await popup.getByRole('tab', { name: W('popup_conversationsTab') }).click();
  await expect(
    popup
      .getByRole('list', { name: W('popup_conversationListLabel') })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await look('conversations');

  expect(screens.filter(([, found]) => found.length > 0)).toEqual([]);
});
