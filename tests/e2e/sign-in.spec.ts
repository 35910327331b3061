import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openPopup, rowNames } from './popup-helpers';
import { fillAddresses, openDisclosure } from '../connect-via-options';
import { signInWithHq } from '../sign-in-with-hq';
import { conversationByTitle } from '../hq-server/demo-data';
import type { HqServer } from '../hq-server/server';

async function signedIn(
  context: BrowserContext,
  openExtensionPage: (page: string) => Promise<Page>,
  hq: HqServer,
  email = 'ada@example.com',
): Promise<Page> {
  const options = await openExtensionPage('options.html');
  await signInWithHq(context, options, hq, { email });
  await expect(options.getByRole('status')).toContainText('Connected as');
  return options;
}

/** Stops the extension's service worker, as Chrome does when it has been idle (its memory is gone). */
async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test.describe('Sign in with HQ', () => {
  test('signs in through HQ’s sign-in and consent pages, and the popup lists with the access token', async ({
    context,
    openExtensionPage,
    hq,
  }) => {
    const options = await signedIn(context, openExtensionPage, hq);
    await expect(options.getByRole('status')).toContainText('Connected as Ada Lovelace');
    expect(hq.oauth.stats.codeGrants).toBe(1);

    const popup = await openPopup(context, await options.evaluate(() => location.host));
    await expect(popup.getByRole('listitem').first()).toBeVisible();
    await expect(popup.getByRole('button', { name: /^Delete / }).first()).toBeVisible(); // Ada's sign-in includes conversations:write
    const listed = hq.requests.filter((r) => r.path === '/v1/api/artifacts');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.authorization?.startsWith('Bearer hq_oat_'))).toBe(true);
  });

  test('Deny says the sign-in was cancelled, and saves nothing', async ({ context, openExtensionPage, hq }) => {
    const options = await openExtensionPage('options.html');
    await signInWithHq(context, options, hq, { decision: 'Deny' });
    await expect(options.getByRole('alert')).toContainText('cancelled');
    await expect(options.getByText('Not connected')).toBeVisible();
    expect(hq.oauth.stats.codeGrants).toBe(0);
  });

  test('closing HQ’s window is explained, and nothing is saved', async ({ context, openExtensionPage, hq }) => {
    const options = await openExtensionPage('options.html');
    await fillAddresses(options, hq.url, hq.webAppUrl);
    const opened = context.waitForEvent('page');
    await options.getByRole('button', { name: 'Sign in with HQ' }).click();
    const window = await opened;
    await expect(window.getByRole('heading', { name: 'Sign in to HQ' })).toBeVisible();
    await window.close();
    await expect(options.getByRole('alert')).toContainText('window was closed');
    await expect(options.getByText('Not connected')).toBeVisible();
  });

  test('an unknown Client ID points to the setting', async ({ openExtensionPage, hq }) => {
    const options = await openExtensionPage('options.html');
    await fillAddresses(options, hq.url, hq.webAppUrl);
    await options.getByLabel('OAuth client ID').fill('not-registered');
    await options.getByRole('button', { name: 'Sign in with HQ' }).click();
    await expect(options.getByRole('alert')).toContainText('Client ID');
    await expect(options.getByText('Not connected')).toBeVisible();
  });

  test('HQ’s rate limit on sign-in says HQ is busy', async ({ context, openExtensionPage, hq }) => {
    const options = await openExtensionPage('options.html');
    hq.faults.failNext({ status: 429, retryAfter: 20, pathPattern: '/v1/oauth/token' });
    await signInWithHq(context, options, hq);
    await expect(options.getByRole('alert')).toContainText('HQ is busy');
    await expect(options.getByText('Not connected')).toBeVisible();
  });

  test('a server that cannot be reached says so before any window opens', async ({ openExtensionPage, hq }) => {
    const options = await openExtensionPage('options.html');
    await fillAddresses(options, hq.url, hq.webAppUrl);
    await hq.stop();
    try {
      await options.getByRole('button', { name: 'Sign in with HQ' }).click();
      await expect(options.getByRole('alert')).toContainText(`Could not reach ${hq.url}`);
    } finally {
      await hq.start();
    }
  });

  test('an account without write access sees Delete disabled, with the reason', async ({
    context,
    openExtensionPage,
    hq,
    extensionId,
  }) => {
    await signedIn(context, openExtensionPage, hq, 'grace@example.com');
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByRole('listitem').first()).toBeVisible();
    const deletes = popup.getByRole('button', { name: /^Delete / });
    await expect(deletes.first()).toHaveAttribute('aria-disabled', 'true');
    await expect(deletes.first()).toHaveAttribute(
      'title',
      'Your HQ sign-in did not grant permission to delete artifacts.',
    );
    await deletes.first().click({ force: true }); // Playwright will not click what says it is disabled; a person can
    await expect(popup.getByRole('dialog')).toHaveCount(0);
    expect(hq.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    await expect(popup.getByRole('button', { name: /^Download / }).first()).toBeVisible();
  });

  test('when the access token expires, three popups and a conversation page share one refresh', async ({
    context,
    openExtensionPage,
    hq,
    extensionId,
  }) => {
    await signedIn(context, openExtensionPage, hq);
    hq.oauth.expireAccessTokens();
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const pages = await Promise.all([
      openPopup(context, extensionId),
      openPopup(context, extensionId),
      openPopup(context, extensionId),
      context
        .newPage()
        .then(async (page) => (await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`), page)),
    ]);
    for (const popup of pages.slice(0, 3)) await expect(popup.getByRole('listitem').first()).toBeVisible();
    await expect(pages[3]!.getByRole('button', { name: 'Artifacts (4)' })).toBeVisible();
    expect(hq.oauth.stats.refreshGrants).toBe(1);
    expect(hq.oauth.stats.reuseDetected).toBe(0);
  });

  test('a stopped service worker picks up the saved tokens: one refresh per expiry, never a re-use', async ({
    context,
    openExtensionPage,
    hq,
    extensionId,
  }) => {
    const options = await signedIn(context, openExtensionPage, hq);
    for (const round of [1, 2]) {
      await stopServiceWorker(context, options);
      hq.oauth.expireAccessTokens();
      const popups = await Promise.all([openPopup(context, extensionId), openPopup(context, extensionId)]);
      for (const popup of popups) await expect(popup.getByRole('listitem').first()).toBeVisible();
      expect(hq.oauth.stats.refreshGrants).toBe(round);
      expect(hq.oauth.stats.reuseDetected).toBe(0);
      await Promise.all(popups.map((popup) => popup.close()));
    }
  });

  test('a refresh HQ refuses signs out cleanly and asks to sign in again', async ({
    context,
    openExtensionPage,
    hq,
    extensionId,
  }) => {
    const options = await signedIn(context, openExtensionPage, hq);
    const first = await openPopup(context, extensionId);
    await expect(first.getByRole('listitem').first()).toBeVisible();
    await first.close();
    hq.oauth.revokeAll(); // e.g. an admin revoked the app, or the 30 days ran out
    hq.oauth.expireAccessTokens();

    const popup = await openPopup(context, extensionId);
    await expect(popup.getByRole('heading', { name: 'Signed out' })).toBeVisible();
    await expect(popup.getByRole('alert')).toContainText('Sign in again');
    await expect(popup.getByRole('button', { name: 'Sign in again' })).toBeVisible();
    expect(await popup.getByRole('listitem').count()).toBe(0); // the cached list of that account is gone

    await options.reload();
    await expect(options.getByRole('alert')).toContainText('Your HQ sign-in has ended');
    await expect(options.getByText('Not connected')).toBeVisible();
  });

  test('sign-out revokes the sign-in at HQ and forgets it here', async ({
    context,
    openExtensionPage,
    hq,
    extensionId,
  }) => {
    const options = await signedIn(context, openExtensionPage, hq);
    expect(hq.oauth.liveFamilies()).toBe(1);
    await options.getByRole('button', { name: 'Sign out' }).click();
    await expect(options.getByRole('status')).toContainText('Signed out');
    expect(hq.oauth.liveFamilies()).toBe(0);
    expect(hq.oauth.stats.revocations).toBe(1);
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByRole('heading', { name: 'Connect to HQ' })).toBeVisible();
  });

  test('replacing a sign-in with a token revokes the old sign-in at HQ', async ({ context, openExtensionPage, hq }) => {
    const options = await signedIn(context, openExtensionPage, hq);
    await openDisclosure(options, 'Use an access token instead');
    await options.getByLabel('Access token').fill(hq.tokens.readOnly);
    await options.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Connected as Grace Hopper');
    await expect.poll(() => hq.oauth.liveFamilies()).toBe(0);
  });

  test('a pasted token still works, under “Use an access token instead”', async ({ openExtensionPage, hq }) => {
    const options = await openExtensionPage('options.html');
    await fillAddresses(options, hq.url, hq.webAppUrl);
    await openDisclosure(options, 'Use an access token instead');
    await options.getByLabel('Access token').fill(hq.tokens.readOnly);
    await options.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Connected as Grace Hopper');
    expect(
      await rowNames(await openPopup(options.context(), await options.evaluate(() => location.host))),
    ).not.toHaveLength(0);
  });
});
