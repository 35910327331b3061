/**
 * `npm run screenshots`: what a person sees, light and dark, saved to
 * ./screenshots/ — the popup (list, every kind of preview, delete
 * confirmation), the tab view at 1280 and 360 px, the options page and a
 * conversation page with its panel; new artifacts arriving (screenshots-live.ts);
 * and the same in German and Arabic.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startHqServer } from '../tests/hq-server/server';
import { conversationByTitle } from '../tests/hq-server/demo-data';
import { launchWithExtension } from '../tests/launch-browser';
import { connectExtension } from '../components/options/options.page';
import { shootLanguages } from './screenshots-languages';
import { shootLive } from './screenshots-live';

const folder = path.resolve('screenshots');
mkdirSync(folder, { recursive: true });
if (spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'ignore' }).status !== 0)
  throw new Error('build failed');

const hq = await startHqServer();
const { context, extensionId, serviceWorker } = await launchWithExtension({
  userDataDir: mkdtempSync(path.join(tmpdir(), 'hq-shots-')),
});
const base = `chrome-extension://${extensionId}`;

// Before connecting: what a new person sees first.
const first = await context.newPage();
await first.goto(`${base}/options.html`);
await first.getByRole('button', { name: 'Sign in with HQ' }).waitFor();
for (const scheme of ['light', 'dark'] as const) {
  await first.emulateMedia({ colorScheme: scheme });
  await first.screenshot({ path: path.join(folder, `options-not-connected-${scheme}.png`), fullPage: true });
}
await first.close();

const options = await connectExtension(context, extensionId, {
  url: hq.url,
  webAppUrl: hq.webAppUrl,
  token: hq.tokens.readWrite,
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}

/** Every kind of preview, by a search that finds one file of that kind. */
const PREVIEWS = [
  ['revenue-by-region', 'image'],
  ['forecast.py', 'code'],
  ['landing-page', 'html'],
  ['README.md', 'markdown'],
  ['q3-revenue.pdf', 'pdf'],
  ['quarterly-revenue.csv', 'csv'],
  ['nightly-report', 'text'],
  ['dataset.bin', 'none'],
  ['salaries', 'sensitive'],
] as const;

/** Waits until the preview shows its content, not a loading state: frames loaded, PDF pages drawn. */
async function previewReady(page: Page): Promise<void> {
  const body = page.locator('.preview-body').last();
  await body.locator('> *').first().waitFor(); // the preview's code loads with the first one
  await page.waitForFunction(() => !document.querySelector('.preview-body [aria-busy="true"]'));
  const frame = body.locator('iframe');
  if (await frame.count()) await (await (await frame.elementHandle())!.contentFrame())!.waitForLoadState('load');
  await page.waitForTimeout(150);
}

for (const scheme of ['light', 'dark'] as const) {
  await options.emulateMedia({ colorScheme: scheme });
  await shoot(options, `options-${scheme}`);

  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`${base}/popup.html`);
  await popup.getByRole('listitem').first().waitFor();
  await shoot(popup, `popup-list-${scheme}`);

  const search = popup.getByRole('searchbox', { name: 'Search artifacts' });
  for (const [query, name] of PREVIEWS) {
    await search.fill(query);
    await popup.locator('.row-main').first().click();
    await popup.getByRole('dialog').waitFor();
    await previewReady(popup);
    await shoot(popup, `popup-preview-${name}-${scheme}`);
    await popup.keyboard.press('Escape');
  }
  await search.fill('');
  await popup
    .getByRole('button', { name: /^Delete / })
    .first()
    .click();
  await shoot(popup, `popup-delete-${scheme}`);
  await popup.keyboard.press('Escape');
  await popup.getByRole('tab', { name: 'Conversations' }).click();
  await popup.getByRole('list', { name: 'Conversations' }).waitFor();
  await shoot(popup, `popup-conversations-${scheme}`);
  await popup.close();

  // The same app in a tab: a gallery with a preview pane when wide, one column when narrow.
  for (const width of [1280, 360]) {
    const tab = await context.newPage();
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.setViewportSize({ width, height: 800 });
    await tab.goto(`${base}/popup.html?view=tab`);
    await tab.getByRole('listitem').first().waitFor();
    if (width > 900) {
      await tab.getByRole('searchbox', { name: 'Search artifacts' }).fill('q3-revenue');
      await tab.locator('.row-main').first().click();
      await previewReady(tab);
    }
    await shoot(tab, `tab-${width}-${scheme}`);
    await tab.close();
  }

  const conversation = await context.newPage();
  await conversation.emulateMedia({ colorScheme: scheme });
  await conversation.goto(`${hq.webAppUrl}/conversations/${conversationByTitle(hq.data, 'Chart exports').id}`);
  await conversation.getByRole('button', { name: /^Artifacts \(\d+\)/ }).waitFor();
  await shoot(conversation, `conversation-${scheme}`);
  await conversation.getByRole('button', { name: /^Artifacts \(\d+\)/ }).click();
  await shoot(conversation, `conversation-panel-${scheme}`);
  await conversation.close();
}

await shootLive(context, serviceWorker, extensionId, hq, folder);
await context.close();
await shootLanguages(hq, folder);
await hq.close();
console.log(`Screenshots saved in ${folder}`);
