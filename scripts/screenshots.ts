/**
 * `npm run screenshots`: what a person sees, light and dark, saved to
 * ./screenshots/ — the popup (list, preview, delete confirmation), the
 * options page and, once the content script exists, a conversation page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startHqServer } from '../tests/hq-server/server';
import { conversationByTitle } from '../tests/hq-server/demo-data';
import { launchWithExtension } from '../tests/launch-browser';
import { connectExtension } from '../tests/connect-via-options';

const folder = path.resolve('screenshots');
mkdirSync(folder, { recursive: true });
if (spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'ignore' }).status !== 0) throw new Error('build failed');

const hq = await startHqServer();
const { context, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(tmpdir(), 'hq-shots-')) });
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

const options = await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite });

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
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
  for (const [query, name] of [['revenue-by-region', 'image'], ['forecast.py', 'code'], ['landing-page', 'html'], ['README.md', 'markdown']] as const) {
    await search.fill(query);
    await popup.locator('.row-main').first().click();
    await popup.getByRole('dialog').waitFor();
    await popup.waitForTimeout(400);
    await shoot(popup, `popup-preview-${name}-${scheme}`);
    await popup.keyboard.press('Escape');
  }
  await search.fill('');
  await popup.getByRole('button', { name: /^Delete / }).first().click();
  await shoot(popup, `popup-delete-${scheme}`);
  await popup.close();

  const conversation = await context.newPage();
  await conversation.emulateMedia({ colorScheme: scheme });
  await conversation.goto(`${hq.webAppUrl}/conversations/${conversationByTitle(hq.data, 'Chart exports').id}`);
  await conversation.getByRole('button', { name: /^Artifacts \(\d+\)/ }).waitFor();
  await shoot(conversation, `conversation-${scheme}`);
  await conversation.getByRole('button', { name: /^Artifacts \(\d+\)/ }).click();
  await shoot(conversation, `conversation-panel-${scheme}`);
  await conversation.close();
}

await context.close();
await hq.close();
console.log(`Screenshots saved in ${folder}`);
