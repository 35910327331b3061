/*
 * `npm run screenshots`, issue 22's screens, light and dark: a conversation
 * page whose agent just delivered a file (the panel's "1 new artifact", then
 * the list open with the file marked), the popup with that row marked New and
 * "Not downloaded yet", that filter on, and the options' Notifications and
 * Keyboard shortcuts.
 */
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { HqServer } from '../tests/hq-server/server';
import { conversationByTitle } from '../tests/hq-server/demo-data';
import { setTestTiming } from '../tests/e2e/live-extension';

export async function shootLive(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  hq: HqServer,
  folder: string,
): Promise<void> {
  const shoot = (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: path.join(folder, `${name}.png`), fullPage });
  await setTestTiming(worker, { panelMs: 1_000 });
  const conversation = conversationByTitle(hq.data, 'Chart exports');
  for (const scheme of ['light', 'dark'] as const) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    const toggle = page.getByRole('button', { name: /^Artifacts \(\d+\)/ });
    const before = Number(/\((\d+)\)/.exec(await toggle.innerText())?.[1]);
    hq.addArtifact(conversation.id, { name: `forecast-${scheme}.png`, caption: 'Forecast, second pass' });
    await page.getByRole('button', { name: `Artifacts (${before + 1})` }).waitFor();
    await shoot(page, `live-panel-arrived-${scheme}`);
    await toggle.click();
    await shoot(page, `live-panel-open-${scheme}`);
    // Opening the panel made that one seen: one more arrives unseen, for the popup to mark.
    hq.addArtifact(conversation.id, { name: `summary-${scheme}.md`, caption: 'What changed since the first pass' });
    await page.getByRole('button', { name: `Artifacts (${before + 2})` }).waitFor();
    await page.close();

    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('button', { name: /^Not downloaded yet/ }).waitFor();
    await shoot(popup, `live-popup-new-${scheme}`);
    await popup.getByRole('button', { name: /^Not downloaded yet/ }).click();
    await shoot(popup, `live-popup-not-downloaded-${scheme}`);
    await popup.close();

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('region', { name: 'Keyboard shortcuts' }).scrollIntoViewIfNeeded();
    await shoot(options, `live-options-${scheme}`, true);
    await options.close();
  }
}
