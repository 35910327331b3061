import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { launchWithExtension } from '../launch-browser';
import { OptionsPage } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';

type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
type ChromeStorage = { storage: { local: StorageArea; sync: StorageArea; session: StorageArea } };
type ChromeRuntime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: { kind: string } }> } };

test.describe('options page: connecting to HQ', () => {
  test('connects with a good token and says who we are', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    const page = options.page;
    await expect(options.notConnected).toBeVisible();
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.status).toContainText('Connected as Ada Lovelace');
    await expect(options.alert).toBeEmpty();
    // The token is not left in the page once saved.
    await expect(page.getByLabel('Access token')).toHaveValue('');

    await page.reload();
    await expect(options.status).toContainText('Connected as Ada Lovelace');
    await expect(page.getByLabel('Server URL')).toHaveValue(hq.url);
  });

  test('explains a rejected token and saves nothing', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAndConnect(hq.url, hq.webAppUrl, 'hq_pat_not_a_real_token');
    await expect(options.alert).toContainText('HQ rejected this access token');
    await options.page.reload();
    await expect(options.notConnected).toBeVisible();
  });

  test('explains a token that lacks permission', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.noConversationsRead);
    await expect(options.alert).toContainText('lacks permission');
    await expect(options.status).toBeEmpty();
  });

  test('explains a server that is down', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await hq.stop();
    try {
      await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
      await expect(options.alert).toContainText(`Could not reach ${hq.url}`);
    } finally {
      await hq.start();
    }
    await options.connectButton.click();
    await expect(options.status).toContainText('Connected as');
  });

  test('explains an address that is not an HQ server', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    // The web app's address answers HTML, not HQ's API.
    await options.fillAndConnect(hq.webAppUrl, hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.alert).toContainText('does not look like an HQ server');
    hq.faults.notHq(true);
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.alert).toContainText('does not look like an HQ server');
  });

  test('refuses a plain-http address before asking anything', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    const before = hq.requests.length;
    await options.fillAndConnect('http://hq.example.com', hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.alert).toContainText('must start with https://');
    expect(hq.requests.length).toBe(before);
  });

  test('sign out forgets the connection, and the popup asks to connect', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.status).toContainText('Connected as');
    await options.signOut();
    await expect(options.status).toContainText('Signed out');
    await expect(options.notConnected).toBeVisible();

    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByRole('heading', { name: 'Connect to HQ' })).toBeVisible();
    await expect(popup.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  test('the token never reaches chrome.storage, which content scripts can read', async ({
    context,
    extensionId,
    serviceWorker,
    hq,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.status).toContainText('Connected as');
    const readable = await serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
      return JSON.stringify([
        await c.storage.local.get(null),
        await c.storage.sync.get(null),
        await c.storage.session.get(null),
      ]);
    });
    expect(readable).toContain(hq.url);
    expect(readable).not.toContain(hq.tokens.readWrite);
  });

  test('malformed and foreign messages are refused and the background keeps working', async ({
    context,
    extensionId,
    hq,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    const replies = await options.page.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ChromeRuntime }).chrome;
      const send = (m: unknown) => c.runtime.sendMessage(m);
      return [
        await send('hello'),
        await send({ type: 'connection:connect', payload: { serverUrl: 1 } }),
        await send({ type: 'no-such-thing', payload: {} }),
        await send({ type: 'connection:get', payload: { extra: true } }),
        await send({ type: 'connection:get', payload: {} }),
      ];
    });
    expect(replies.slice(0, 4).map((r) => r.error?.kind)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(replies[4]).toMatchObject({ ok: true, data: { account: null } });
    await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(options.status).toContainText('Connected as');
  });
});

test('the connection survives a browser restart', async ({ hq }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'hq-profile-'));
  let { context, extensionId: id } = await launchWithExtension({ userDataDir });
  const options = await OptionsPage.open(context, id);
  await options.fillAndConnect(hq.url, hq.webAppUrl, hq.tokens.readWrite);
  await expect(options.status).toContainText('Connected as Ada Lovelace');
  await context.close();

  ({ context, extensionId: id } = await launchWithExtension({ userDataDir }));
  const again = await PopupPage.open(context, id);
  await expect(again.page.getByRole('banner')).toContainText('Ada Lovelace');
  await expect(again.rows.first()).toBeVisible();
  await context.close();
});
