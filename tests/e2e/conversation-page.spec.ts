import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { test, expect, connectAndOpenPopup } from './fixtures';
import { finishedDownloads, type DownloadRecord } from './downloads';
import { artifactsOf, conversationByTitle, findArtifact } from '../hq-server/demo-data';
import type { Worker } from '@playwright/test';
import { openWithContentScriptWorld } from './content-script-world';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';

async function zipEntries(
  worker: Worker,
  count: number,
): Promise<{ record: DownloadRecord; entries: Record<string, Uint8Array> }> {
  await expect
    .poll(async () => (await finishedDownloads(worker)).filter((d) => d.state === 'complete').length, {
      timeout: 30_000,
    })
    .toBe(count);
  const record = (await finishedDownloads(worker)).filter((d) => d.state === 'complete').at(-1)!;
  return { record, entries: unzipSync(new Uint8Array(readFileSync(record.filename))) };
}

test.describe('conversation pages', () => {
  test('shows the artifacts panel and downloads HQ’s ZIP', async ({ context, extensionId, hq, serviceWorker }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await expect(page.toggle(4)).toBeVisible();
    await page.showArtifacts(4);
    await expect(page.rows).toHaveCount(4);
    await page.downloadAll(4);
    await expect(page.status).toContainText('ZIP saved');

    const { entries } = await zipEntries(serviceWorker, 1);
    expect(Object.keys(entries).sort()).toEqual(['chart (1).png', 'chart.png', 'report (1).html', 'report.html']);
    expect(hq.requests.some((r) => r.path === `/v1/api/conversations/${conversation.id}/artifacts/download`)).toBe(
      true,
    );
  });

  test('follows single-page navigation without duplicates, and shows no panel for an empty conversation', async ({
    context,
    extensionId,
    hq,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const panel = await ConversationPanelPage.open(
      context,
      hq.webAppUrl,
      conversationByTitle(hq.data, 'Chart exports').id,
    );
    const page = panel.page;
    await expect(panel.toggle(4)).toBeVisible();
    const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    await page.getByRole('link', { name: 'Q3 revenue analysis' }).first().click();
    await expect(
      panel.toggle(artifactsOf(hq.data, conversationByTitle(hq.data, 'Q3 revenue analysis').id).length),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker); // no reload happened
    expect(await panel.host.count()).toBe(1);

    // An empty conversation: no button at all, neither while its list loads nor once it is known to be empty.
    const weekly = conversationByTitle(hq.data, 'Weekly status sync');
    await page.getByRole('link', { name: 'Weekly status sync' }).first().click();
    await expect(page.getByRole('button', { name: /^(Artifacts|Download all)/ })).toHaveCount(0);
    await expect
      .poll(() => hq.requests.some((r) => r.path === `/v1/api/conversations/${weekly.id}/artifacts`))
      .toBe(true);
    // HQ's answer has reached the page once the (hidden) panel holds it: "Artifacts (0)".
    await expect(panel.toggle(0, { includeHidden: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: /^(Artifacts|Download all)/ })).toHaveCount(0);
    await expect(panel.host).toBeHidden();
    expect(await panel.host.count()).toBe(1); // one hidden panel, never two

    await page.goBack();
    await expect(page.getByRole('button', { name: /^Artifacts \((?!0\))/ })).toBeVisible();
    await page.goto(`${hq.webAppUrl}/`);
    await expect(panel.host).toHaveCount(0);
  });

  test('downloads every artifact as a ZIP in one click, without opening the panel', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await expect(page.toggle(4)).toBeVisible();
    await expect(page.region).toBeHidden();
    const zip = page.zipButton();
    await expect(zip).toBeVisible();
    await expect(zip).toHaveAccessibleName('Download all 4 artifacts as ZIP');
    await zip.click();
    await expect(page.status).toContainText('ZIP saved to your downloads', { timeout: 30_000 });
    await expect(page.status).toBeVisible();

    const { entries } = await zipEntries(serviceWorker, 1);
    expect(Object.keys(entries).sort()).toEqual(['chart (1).png', 'chart.png', 'report (1).html', 'report.html']);
  });

  test('Escape and the close button close the panel, and focus goes back to its button', async ({
    context,
    extensionId,
    hq,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const conversation = await ConversationPanelPage.open(
      context,
      hq.webAppUrl,
      conversationByTitle(hq.data, 'Chart exports').id,
    );
    const page = conversation.page;
    const toggle = conversation.toggle(4);
    const panel = conversation.region;
    const zip = conversation.zipButton();

    // Escape from inside the panel, from its own button and from the ZIP button.
    for (const focusFirst of [
      () => conversation.downloadButton('report.html').first().focus(),
      () => toggle.focus(),
      () => zip.focus(),
    ]) {
      await toggle.click();
      await expect(panel).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await focusFirst();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toBeFocused();
    }

    // The close button in the panel's header.
    await toggle.click();
    await conversation.closePanel();
    await expect(panel).toBeHidden();
    await expect(toggle).toBeFocused();

    // Keyboard only: Tab reaches the ZIP button, the close button and every row's button.
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(zip).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(conversation.closeButton).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(conversation.downloadButton('chart.png').first()).toBeFocused();
  });

  test('rows show the time and, from the workspace list, the caption', async ({ context, extensionId, hq }) => {
    // The popup loads the workspace list, which has captions; a conversation's own list has none.
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect.poll(() => popup.rowNames()).toContain('chart.png');
    await popup.close();
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const panel = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    const page = panel.page;
    await panel.showArtifacts(4);
    const rows = panel.rows;
    await expect(rows).toHaveCount(4);
    // Oldest first: chart.png (old numbers), report.html, chart.png (corrected), report.html — told apart by caption and time.
    await expect(rows.nth(0)).toContainText('Old numbers');
    await expect(rows.nth(2)).toContainText('Corrected');
    await expect(rows.nth(1)).not.toContainText('Old numbers');
    // Each row's day and minute, in the browser's time zone (three minutes apart from 10:02 UTC on 9 June).
    const texts = await rows.evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    const expected = await page.evaluate(
      (isos) => isos.map((iso) => [new Date(iso).getDate(), String(new Date(iso).getMinutes()).padStart(2, '0')]),
      artifactsOf(hq.data, conversation.id).map((a) => a.created_at),
    );
    expected.forEach(([day, minute], i) =>
      expect(texts[i]).toMatch(new RegExp(`(${day} Jun|Jun ${day}),? .*:${minute}`)),
    );
    await expect(rows.nth(0).getByTitle(/2026/)).toHaveCount(1); // the full timestamp as a tooltip
    await expect(rows.nth(0).getByTitle('Old numbers')).toHaveText('Old numbers');
  });

  test('shows the error when the list cannot be loaded and nothing is cached', async ({ context, extensionId, hq }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    hq.faults.failNext({ status: 403, times: 5, pathPattern: `/conversations/${conversation.id}/artifacts` });
    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await expect(page.alert).not.toBeEmpty();
    await expect(page.alert).toBeVisible();
  });

  test('builds the ZIP itself when HQ’s ZIP route is missing, surviving a 429', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const big = findArtifact(hq.data, 'dataset.bin');
    big.conversation_id = conversation.id; // put the 5 MiB file in this conversation
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    hq.faults.failNext({ status: 404, times: 10, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
    hq.faults.failNext({ status: 429, times: 1, pathPattern: `/artifacts/${big.id}/download`, retryAfter: 1 });

    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await page.showArtifacts(5);
    await page.downloadAll(5);
    await expect(page.status).toContainText('ZIP saved', { timeout: 30_000 });

    const { entries } = await zipEntries(serviceWorker, 1);
    const expected = artifactsOf(hq.data, conversation.id);
    expect(Object.keys(entries).sort()).toEqual([
      'chart (1).png',
      'chart.png',
      'dataset.bin',
      'report (1).html',
      'report.html',
    ]);
    expect(entries['_errors.txt']).toBeUndefined();
    expect(Buffer.from(entries['dataset.bin']!).equals(Buffer.from(big.bytes))).toBe(true);
    const charts = expected.filter((a) => a.name === 'chart.png');
    expect(Buffer.from(entries['chart.png']!).equals(Buffer.from(charts[0]!.bytes))).toBe(true);
    expect(Buffer.from(entries['chart (1).png']!).equals(Buffer.from(charts[1]!.bytes))).toBe(true);
    // The 429 was retried, with the token.
    const bigRequests = hq.requests.filter((r) => r.path === `/v1/api/artifacts/${big.id}/download`);
    expect(bigRequests.length).toBe(2);
    expect(bigRequests.every((r) => r.authorization === `Bearer ${hq.tokens.readWrite}`)).toBe(true);
  });

  test('lists a file that keeps failing in _errors.txt inside the ZIP', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const [first] = artifactsOf(hq.data, conversation.id);
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    hq.faults.failNext({ status: 405, times: 10, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
    hq.faults.failNext({ status: 500, times: 20, pathPattern: `/artifacts/${first!.id}/download` });
    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await page.showArtifacts(4);
    await page.downloadAll(4);
    await expect(page.status).toContainText('ZIP saved', { timeout: 45_000 });
    // Saved, and truthful about what is missing.
    await expect(page.status).toContainText('with 3 of 4 artifacts. 1 could not be downloaded');
    const { entries } = await zipEntries(serviceWorker, 1);
    expect(Object.keys(entries).sort()).toEqual(['_errors.txt', 'chart (1).png', 'report (1).html', 'report.html']);
    expect(new TextDecoder().decode(entries['_errors.txt'])).toContain('chart.png: HTTP 500');
  });

  test('downloads one artifact from the panel', async ({ context, extensionId, hq, serviceWorker }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const conversation = conversationByTitle(hq.data, 'Q3 revenue analysis');
    const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await page.showArtifacts();
    await page.download('forecast.py');
    await expect(page.status).toContainText('Saved forecast.py');
    await expect
      .poll(async () => (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete').length)
      .toBe(1);
  });
});

test('a content script cannot read the token from any storage it can reach', async ({ context, extensionId, hq }) => {
  await (await connectAndOpenPopup(context, extensionId, hq)).close();
  const world = await openWithContentScriptWorld(
    context,
    `${hq.webAppUrl}/conversations/${conversationByTitle(hq.data, 'Chart exports').id}`,
  );
  await expect(new ConversationPanelPage(world.page).toggle(4)).toBeVisible();

  // Everything the content script can reach: chrome.storage (local, sync, session) and its origin's IndexedDB.
  const result = await world.evaluate(`(async () => {
      const areas = {};
      for (const area of ['local', 'sync', 'session']) {
        try { areas[area] = await chrome.storage[area].get(null); } catch (error) { areas[area] = 'refused: ' + error.message; }
      }
      const databases = (await indexedDB.databases()).map((d) => d.name);
      return JSON.stringify({ areas, databases });
    })()`);
  const seen = String(result);
  expect(seen).toContain(hq.url); // it does read the settings…
  expect(seen).not.toContain(hq.tokens.readWrite); // …but never the token
  expect(seen).not.toContain('hq-secrets');
});
