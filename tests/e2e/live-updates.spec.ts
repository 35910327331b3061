import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../launch-browser';
import { unzipSync } from 'fflate';
import type { BrowserContext } from '@playwright/test';
import type { HqServer } from '../hq-server/server';
import { test, expect, connectAndOpenPopup } from './fixtures';
import { conversationByTitle, findArtifact } from '../hq-server/demo-data';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';
import { PopupPage } from '../../components/popup/popup.page';
import { openWithContentScriptWorld } from './content-script-world';
import { badgeText, downloadById, notificationIds, setTestTiming } from './live-extension';
import { finishedDownloads } from './downloads';
import { OptionsPage, serverOf } from '../../components/options/options.page';

/** Opens the popup until HQ's answer is in and closes it: the last look, which what arrives later is compared with. */
async function look(context: BrowserContext, extensionId: string): Promise<void> {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.getByText(/Updated/)).toBeVisible();
  await popup.close();
}

/** Connects, then the last look. */
async function connectAndLook(context: BrowserContext, extensionId: string, hq: HqServer): Promise<void> {
  await (await OptionsPage.openConnected(context, extensionId, serverOf(hq))).close();
  await look(context, extensionId);
}

test.describe('new artifacts find the person', () => {
  test('an artifact added while the browser sits on a conversation page shows in its panel and on the badge; the popup marks it new and the badge clears', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    // Production intervals: the panel's 10 s look must meet "within about 15 s".
    await connectAndLook(context, extensionId, hq);
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const panel = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await expect(panel.toggle(4)).toBeVisible();
    expect(await badgeText(serviceWorker)).toBe('');

    hq.addArtifact(conversation.id, { name: 'forecast-v2.png', caption: 'Forecast, second pass' });
    await expect(panel.toggle(5)).toBeVisible({ timeout: 15_000 });
    await expect(panel.status).toContainText('1 new artifact');
    await expect(panel.zipButton(5)).toBeVisible();
    await expect.poll(() => badgeText(serviceWorker)).toBe('1');

    const popup = await PopupPage.open(context, extensionId);
    const row = popup.row('forecast-v2.png');
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: /^forecast-v2\.png, New/ })).toBeVisible();
    await expect(popup.row('chart.png').first().getByText('New', { exact: true })).toHaveCount(0);
    await expect.poll(() => badgeText(serviceWorker)).toBe('');
    await popup.close();

    // Opened again later: it is no longer new.
    const again = await PopupPage.open(context, extensionId);
    await expect(again.row('forecast-v2.png')).toBeVisible();
    await expect(again.row('forecast-v2.png').getByText('New', { exact: true })).toHaveCount(0);
  });

  test('opening the page panel marks what it lists as seen', async ({ context, extensionId, hq, serviceWorker }) => {
    await setTestTiming(serviceWorker, { panelMs: 1_000 });
    await connectAndLook(context, extensionId, hq);
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const panel = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
    await expect(panel.toggle(4)).toBeVisible();
    hq.addArtifact(conversation.id, { name: 'late.csv' });
    hq.addArtifact(conversation.id, { name: 'later.csv' });
    await expect(panel.toggle(6)).toBeVisible();
    await expect.poll(() => badgeText(serviceWorker)).toBe('2');
    await panel.showArtifacts(6);
    await expect(panel.region.getByRole('listitem').filter({ hasText: 'late.csv' }).getByText('New')).toBeVisible();
    await expect.poll(() => badgeText(serviceWorker)).toBe('');
  });

  test('with no page open, the look at rest raises the badge, and says so in a notification when asked to', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    await setTestTiming(serviceWorker, { workspaceMs: 2_000 });
    const options = await OptionsPage.openConnected(context, extensionId, serverOf(hq));
    await options.page.getByRole('checkbox', { name: 'When new artifacts arrive' }).check();
    await expect(options.page.getByText('Saved.')).toBeVisible();
    await options.close();
    await look(context, extensionId); // before anything arrives: nothing is new yet
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    hq.addArtifact(conversation.id, { name: 'summary.md' });
    hq.addArtifact(conversation.id, { name: 'summary-2.md' });
    await expect.poll(() => badgeText(serviceWorker), { timeout: 15_000 }).toBe('2');
    const ids = await notificationIds(serviceWorker);
    expect(ids.filter((id) => id.startsWith(`new:${conversation.id}:`))).toHaveLength(1);

    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.row('summary.md').getByText('New', { exact: true })).toBeVisible();
    await expect.poll(() => badgeText(serviceWorker)).toBe('');
  });

  test('a visible page looks again and again; a hidden one asks nothing until it shows again', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    await setTestTiming(serviceWorker, { panelMs: 500 });
    await connectAndLook(context, extensionId, hq);
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const listPath = `/v1/api/conversations/${conversation.id}/artifacts`;
    const looks = () => hq.requests.filter((r) => r.path === listPath).length;
    // Headless browsers report every page visible; the content script's own world is told it is hidden.
    const { evaluate } = await openWithContentScriptWorld(context, `${hq.webAppUrl}/conversations/${conversation.id}`);
    const setHidden = (hidden: boolean) =>
      evaluate(
        `Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${hidden} }); document.dispatchEvent(new Event('visibilitychange'));`,
      );
    await expect.poll(looks).toBeGreaterThanOrEqual(3);
    await setHidden(true);
    const whenHidden = looks();
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // five periods
    expect(looks() - whenHidden).toBeLessThanOrEqual(1); // at most the look already on its way
    const settled = looks();
    await setHidden(false);
    await expect.poll(looks).toBeGreaterThan(settled);
  });
});

test('signed out, the look at rest asks HQ nothing more, and what was new is forgotten', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  await setTestTiming(serviceWorker, { workspaceMs: 1_000 });
  await connectAndLook(context, extensionId, hq);
  const looks = () => hq.requests.filter((r) => r.path === '/v1/api/artifacts').length;
  const before = looks();
  await expect.poll(looks).toBeGreaterThanOrEqual(before + 2); // it looks, once a second here
  hq.addArtifact(conversationByTitle(hq.data, 'Chart exports').id, { name: 'left-unseen.csv' });
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  const options = await OptionsPage.openConnected(context, extensionId, serverOf(hq));
  await options.signOut();
  await expect(options.status).toContainText('Signed out');
  await new Promise((resolve) => setTimeout(resolve, 500)); // a look already on its way may land
  const signedOut = looks();
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // three periods
  expect(looks()).toBe(signedOut);
  expect(await badgeText(serviceWorker)).toBe('');
  // Back in: nothing of the last session's "new" remains.
  await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
  await expect(options.status).toContainText('Connected as');
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.row('left-unseen.csv')).toBeVisible();
  await expect(popup.row('left-unseen.csv').getByText('New', { exact: true })).toHaveCount(0);
});

test('a page may mark as seen only its own conversation’s artifacts, and may not take the popup’s', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  await setTestTiming(serviceWorker, { workspaceMs: 1_000 });
  await connectAndLook(context, extensionId, hq);
  const shown = conversationByTitle(hq.data, 'Chart exports');
  const world = await openWithContentScriptWorld(context, `${hq.webAppUrl}/conversations/${shown.id}`);
  const other = conversationByTitle(hq.data, 'Q3 revenue analysis');
  const added = hq.addArtifact(other.id, { name: 'elsewhere.csv' });
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  const ask = (type: string, payload: unknown) =>
    world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`);
  // Naming its own conversation: answered, but another conversation's artifact stays unseen.
  expect(await ask('conversation-panel:seen', { conversationId: shown.id, artifactIds: [added.id] })).toMatchObject({
    ok: true,
  });
  // Naming the other conversation, or taking everything as the popup does: refused.
  expect(await ask('conversation-panel:seen', { conversationId: other.id, artifactIds: [added.id] })).toMatchObject({
    ok: false,
    error: { kind: 'denied' },
  });
  expect(await ask('new-artifacts:take', {})).toMatchObject({ ok: false, error: { kind: 'denied' } });
  expect(await badgeText(serviceWorker)).toBe('1');
});

test.describe('not downloaded yet', () => {
  test('lists exactly what was never saved here, ZIPs exactly that, and forgets it all at sign-out', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.rows.first()).toBeVisible();
    const all = await popup.rowNames();
    const chip = popup.page.getByRole('button', { name: /^Not downloaded yet/ });
    await expect(chip).toHaveText(`Not downloaded yet (${all.length})`);

    await popup.download('deploy.sh');
    await expect(chip).toHaveText(`Not downloaded yet (${all.length - 1})`);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    const rest = await popup.rowNames();
    expect(rest.sort()).toEqual(all.filter((name) => name !== 'deploy.sh').sort());

    await popup.page.getByRole('button', { name: `Download ${rest.length} as ZIP` }).click();
    await expect(popup.page.getByRole('heading', { name: 'Everything here is downloaded' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(chip).toHaveText('Not downloaded yet (0)');
    const saved = (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete');
    expect(saved).toHaveLength(2); // deploy.sh, and the ZIP
    const zip = saved.map((d) => new Uint8Array(readFileSync(d.filename))).find((bytes) => bytes[0] === 0x50);
    const entries = Object.keys(unzipSync(zip!));
    expect(entries).toHaveLength(rest.length);
    expect(entries).not.toContain('deploy.sh');
    await popup.close();

    // Signed out and back in: nothing is remembered as saved.
    const options = await OptionsPage.openConnected(context, extensionId, serverOf(hq));
    await options.signOut();
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await options.close();
    const fresh = await PopupPage.open(context, extensionId);
    await expect(fresh.rows.first()).toBeVisible();
    await expect(fresh.page.getByRole('button', { name: /^Not downloaded yet/ })).toHaveText(
      `Not downloaded yet (${all.length})`,
    );
  });
});

test('a file the ZIP had to leave out stays “not downloaded yet”', async ({ context, extensionId, hq }) => {
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  await popup.search('deploy.sh');
  await expect(popup.rows).toHaveCount(1);
  await popup.search('');
  const chip = popup.page.getByRole('button', { name: /^Not downloaded yet/ });
  await expect(chip).toHaveText(/\(\d+\)$/);
  const all = await popup.rowNames();
  const gone = findArtifact(hq.data, 'deploy.sh');
  hq.faults.failNext({ status: 404, times: 100, pathPattern: `/v1/api/artifacts/${gone.id}/download` });
  await chip.click();
  await popup.page.getByRole('button', { name: `Download ${all.length} as ZIP` }).click();
  await expect(popup.lastStatus).toContainText(/could not|missing|1 of/i, { timeout: 30_000 });
  await expect(chip).toHaveText('Not downloaded yet (1)');
  expect(await popup.rowNames()).toEqual(['deploy.sh']);
});

test.describe('a job that ends unseen', () => {
  test('a ZIP that finishes after the popup closed raises a notification whose button shows the file', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.rows.first()).toBeVisible();
    await popup.checkbox('chart.png').first().check();
    await popup.checkbox('deploy.sh').check();
    hq.faults.latency(1_500);
    await popup.downloadSelectedAsZip();
    await popup.close();
    await expect
      .poll(() => notificationIds(serviceWorker), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/^saved:\d+$/));
    const id = (await notificationIds(serviceWorker)).find((n) => n.startsWith('saved:'))!;
    const download = await downloadById(serviceWorker, Number(id.slice('saved:'.length)));
    expect(download?.state).toBe('complete');
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(download!.filename)))).sort()).toEqual([
      'chart.png',
      'deploy.sh',
    ]);
  });

  test('a download that ends while the popup is open tells it there, not in a notification', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.download('deploy.sh');
    await expect(popup.lastStatus).toContainText('deploy.sh');
    // A notification would follow the job's end within milliseconds (the test above): a second is plenty to see none.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationIds(serviceWorker)).toEqual([]);
  });
});

test('the options list the keyboard shortcuts as the browser has them, and the notification choices', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const shortcuts = options.page.getByRole('region', { name: 'Keyboard shortcuts' });
  // The keys are the browser's (a suggested key it did not assign reads "Not set"): the page shows what it has.
  type Commands = { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };
  const keys = await options.page.evaluate(async () =>
    Object.fromEntries(
      (await (globalThis as unknown as { chrome: Commands }).chrome.commands.getAll()).map((c) => [
        c.name,
        c.shortcut || 'Not set',
      ]),
    ),
  );
  await expect(shortcuts.getByRole('term')).toHaveText([
    'Open HQ Artifacts',
    'Download all artifacts of this conversation as ZIP',
  ]);
  await expect(shortcuts.getByRole('definition')).toHaveText([keys._execute_action!, keys['zip-conversation']!]);
  await expect(shortcuts.getByRole('button', { name: 'Change shortcuts…' })).toBeVisible();
  await expect(options.page.getByRole('checkbox', { name: /finishes or fails after the popup closed/ })).toBeChecked();
  await expect(options.page.getByRole('checkbox', { name: 'When new artifacts arrive' })).not.toBeChecked();
});

test('the new count outlives a browser restart', async ({ hq }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'hq-profile-'));
  let launched = await launchWithExtension({ userDataDir });
  await setTestTiming(launched.serviceWorker, { panelMs: 1_000 });
  await connectAndLook(launched.context, launched.extensionId, hq);
  const conversation = conversationByTitle(hq.data, 'Chart exports');
  const panel = await ConversationPanelPage.open(launched.context, hq.webAppUrl, conversation.id);
  await expect(panel.toggle(4)).toBeVisible();
  hq.addArtifact(conversation.id, { name: 'one.csv' });
  hq.addArtifact(conversation.id, { name: 'two.csv' });
  await expect(panel.toggle(6)).toBeVisible();
  await expect.poll(() => badgeText(launched.serviceWorker)).toBe('2');
  await launched.context.close();

  launched = await launchWithExtension({ userDataDir });
  await expect.poll(() => badgeText(launched.serviceWorker)).toBe('2');
  const popup = await PopupPage.open(launched.context, launched.extensionId);
  await expect(popup.row('one.csv').getByText('New', { exact: true })).toBeVisible();
  await expect.poll(() => badgeText(launched.serviceWorker)).toBe('');
  await launched.context.close();
});
