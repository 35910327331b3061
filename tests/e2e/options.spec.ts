import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, connectViaOptions } from './fixtures';
import { launchWithExtension } from '../launch-browser';

type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
type ChromeStorage = { storage: { local: StorageArea; sync: StorageArea; session: StorageArea } };
type ChromeRuntime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: { kind: string } }> } };

test.describe('options page: connecting to HQ', () => {
  test('connects with a good token and says who we are', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByText('Not connected')).toBeVisible();
    await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('status')).toContainText('Connected as Ada Lovelace');
    await expect(page.getByRole('alert')).toBeEmpty();
    // The token is not left in the page once saved.
    await expect(page.getByLabel('Access token')).toHaveValue('');

    await page.reload();
    await expect(page.getByRole('status')).toContainText('Connected as Ada Lovelace');
    await expect(page.getByLabel('Server URL')).toHaveValue(hq.url);
  });

  test('explains a rejected token and saves nothing', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    await connectViaOptions(page, hq.url, hq.webAppUrl, 'hq_pat_not_a_real_token');
    await expect(page.getByRole('alert')).toContainText('HQ rejected this access token');
    await page.reload();
    await expect(page.getByText('Not connected')).toBeVisible();
  });

  test('explains a token that lacks permission', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.noConversationsRead);
    await expect(page.getByRole('alert')).toContainText('lacks permission');
    await expect(page.getByRole('status')).toBeEmpty();
  });

  test('explains a server that is down', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    await hq.stop();
    try {
      await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
      await expect(page.getByRole('alert')).toContainText(`Could not reach ${hq.url}`);
    } finally {
      await hq.start();
    }
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('status')).toContainText('Connected as');
  });

  test('explains an address that is not an HQ server', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    // The web app's address answers HTML, not HQ's API.
    await connectViaOptions(page, hq.webAppUrl, hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('alert')).toContainText('does not look like an HQ server');
    hq.faults.notHq(true);
    await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('alert')).toContainText('does not look like an HQ server');
  });

  test('refuses a plain-http address before asking anything', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    const before = hq.requests.length;
    await connectViaOptions(page, 'http://hq.example.com', hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('alert')).toContainText('must start with https://');
    expect(hq.requests.length).toBe(before);
  });

  test('sign out forgets the connection, and the popup asks to connect', async ({ openExtensionPage, hq }) => {
    const page = await openExtensionPage('options.html');
    await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('status')).toContainText('Connected as');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('status')).toContainText('Signed out');
    await expect(page.getByText('Not connected')).toBeVisible();

    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'Connect to HQ' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  test('the token never reaches chrome.storage, which content scripts can read', async ({
    openExtensionPage,
    serviceWorker,
    hq,
  }) => {
    const page = await openExtensionPage('options.html');
    await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('status')).toContainText('Connected as');
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
    openExtensionPage,
    hq,
  }) => {
    const page = await openExtensionPage('options.html');
    const replies = await page.evaluate(async () => {
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
    await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
    await expect(page.getByRole('status')).toContainText('Connected as');
  });
});

test('the connection survives a browser restart', async ({ hq }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'hq-profile-'));
  let { context, extensionId: id } = await launchWithExtension({ userDataDir });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await connectViaOptions(page, hq.url, hq.webAppUrl, hq.tokens.readWrite);
  await expect(page.getByRole('status')).toContainText('Connected as Ada Lovelace');
  await context.close();

  ({ context, extensionId: id } = await launchWithExtension({ userDataDir }));
  const again = await context.newPage();
  await again.goto(`chrome-extension://${id}/popup.html`);
  await expect(again.getByRole('banner')).toContainText('Ada Lovelace');
  await expect(again.getByRole('listitem').first()).toBeVisible();
  await context.close();
});
