import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { signInWithHq } from '../sign-in-with-hq';
import { conversationByTitle } from '../hq-server/demo-data';
import type { HqServer } from '../hq-server/server';
import { OptionsPage } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';

async function signedIn(
  context: BrowserContext,
  extensionId: string,
  hq: HqServer,
  email = 'ada@example.com',
): Promise<OptionsPage> {
  const options = await OptionsPage.open(context, extensionId);
  await signInWithHq(options, hq, { email });
  await expect(options.status).toContainText('Connected as');
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
    extensionId,
    hq,
  }) => {
    const options = await signedIn(context, extensionId, hq);
    await expect(options.status).toContainText('Connected as Ada Lovelace');
    expect(hq.oauth.stats.codeGrants).toBe(1);

    const popup = await PopupPage.open(context, await options.page.evaluate(() => location.host));
    await expect(popup.rows.first()).toBeVisible();
    await expect(popup.page.getByRole('button', { name: /^Delete / }).first()).toBeVisible(); // Ada's sign-in includes conversations:write
    const listed = hq.requests.filter((r) => r.path === '/v1/api/artifacts');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.authorization?.startsWith('Bearer hq_oat_'))).toBe(true);
  });

  test('Deny says the sign-in was cancelled, and saves nothing', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await signInWithHq(options, hq, { decision: 'Deny' });
    await expect(options.alert).toContainText('cancelled');
    await expect(options.notConnected).toBeVisible();
    expect(hq.oauth.stats.codeGrants).toBe(0);
  });

  test('closing HQ’s window is explained, and nothing is saved', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAddresses(hq.url, hq.webAppUrl);
    const window = await options.signInWithHq();
    await expect(window.getByRole('heading', { name: 'Sign in to HQ' })).toBeVisible();
    await window.close();
    await expect(options.alert).toContainText('window was closed');
    await expect(options.notConnected).toBeVisible();
  });

  test('an unknown Client ID points to the setting', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAddresses(hq.url, hq.webAppUrl);
    await options.page.getByLabel('OAuth client ID').fill('not-registered');
    await options.signInButton.click();
    await expect(options.alert).toContainText('Client ID');
    await expect(options.notConnected).toBeVisible();
  });

  test('HQ’s rate limit on sign-in says HQ is busy', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    hq.faults.failNext({ status: 429, retryAfter: 20, pathPattern: '/v1/oauth/token' });
    await signInWithHq(options, hq);
    await expect(options.alert).toContainText('HQ is busy');
    await expect(options.notConnected).toBeVisible();
  });

  test('a server that cannot be reached says so before any window opens', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAddresses(hq.url, hq.webAppUrl);
    await hq.stop();
    try {
      await options.signInButton.click();
      await expect(options.alert).toContainText(`Could not reach ${hq.url}`);
    } finally {
      await hq.start();
    }
  });

  test('an account without write access sees Delete disabled, with the reason', async ({
    context,
    hq,
    extensionId,
  }) => {
    await signedIn(context, extensionId, hq, 'grace@example.com');
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.rows.first()).toBeVisible();
    const deletes = popup.page.getByRole('button', { name: /^Delete / });
    await expect(deletes.first()).toHaveAttribute('aria-disabled', 'true');
    await expect(deletes.first()).toHaveAttribute(
      'title',
      'Your HQ sign-in did not grant permission to delete artifacts.',
    );
    await deletes.first().click({ force: true }); // Playwright will not click what says it is disabled; a person can
    await expect(popup.dialog).toHaveCount(0);
    expect(hq.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    await expect(popup.page.getByRole('button', { name: /^Download / }).first()).toBeVisible();
  });

  test('when the access token expires, three popups and a conversation page share one refresh', async ({
    context,
    hq,
    extensionId,
  }) => {
    await signedIn(context, extensionId, hq);
    hq.oauth.expireAccessTokens();
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const [popups, page] = await Promise.all([
      Promise.all([
        PopupPage.open(context, extensionId),
        PopupPage.open(context, extensionId),
        PopupPage.open(context, extensionId),
      ]),
      ConversationPanelPage.open(context, hq.webAppUrl, conversation.id),
    ]);
    for (const popup of popups) await expect(popup.rows.first()).toBeVisible();
    await expect(page.toggle(4)).toBeVisible();
    expect(hq.oauth.stats.refreshGrants).toBe(1);
    expect(hq.oauth.stats.reuseDetected).toBe(0);
  });

  test('a stopped service worker picks up the saved tokens: one refresh per expiry, never a re-use', async ({
    context,
    hq,
    extensionId,
  }) => {
    const options = await signedIn(context, extensionId, hq);
    for (const round of [1, 2]) {
      await stopServiceWorker(context, options.page);
      hq.oauth.expireAccessTokens();
      const popups = await Promise.all([PopupPage.open(context, extensionId), PopupPage.open(context, extensionId)]);
      for (const popup of popups) await expect(popup.rows.first()).toBeVisible();
      expect(hq.oauth.stats.refreshGrants).toBe(round);
      expect(hq.oauth.stats.reuseDetected).toBe(0);
      await Promise.all(popups.map((popup) => popup.close()));
    }
  });

  test('a refresh HQ refuses signs out cleanly and asks to sign in again', async ({ context, hq, extensionId }) => {
    const options = await signedIn(context, extensionId, hq);
    const first = await PopupPage.open(context, extensionId);
    await expect(first.rows.first()).toBeVisible();
    await first.close();
    hq.oauth.revokeAll(); // e.g. an admin revoked the app, or the 30 days ran out
    hq.oauth.expireAccessTokens();

    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByRole('heading', { name: 'Signed out' })).toBeVisible();
    await expect(popup.alerts).toContainText('Sign in again');
    await expect(popup.page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
    expect(await popup.rows.count()).toBe(0); // the cached list of that account is gone

    await options.page.reload();
    await expect(options.alert).toContainText('Your HQ sign-in has ended');
    await expect(options.notConnected).toBeVisible();
  });

  test('sign-out revokes the sign-in at HQ and forgets it here', async ({ context, hq, extensionId }) => {
    const options = await signedIn(context, extensionId, hq);
    expect(hq.oauth.liveFamilies()).toBe(1);
    await options.signOut();
    await expect(options.status).toContainText('Signed out');
    expect(hq.oauth.liveFamilies()).toBe(0);
    expect(hq.oauth.stats.revocations).toBe(1);
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByRole('heading', { name: 'Connect to HQ' })).toBeVisible();
  });

  test('replacing a sign-in with a token revokes the old sign-in at HQ', async ({ context, extensionId, hq }) => {
    const options = await signedIn(context, extensionId, hq);
    await options.connectWithToken(hq.tokens.readOnly);
    await expect(options.status).toContainText('Connected as Grace Hopper');
    await expect.poll(() => hq.oauth.liveFamilies()).toBe(0);
  });

  test('a pasted token still works, under “Use an access token instead”', async ({ context, extensionId, hq }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fillAddresses(hq.url, hq.webAppUrl);
    await options.connectWithToken(hq.tokens.readOnly);
    await expect(options.status).toContainText('Connected as Grace Hopper');
    expect(
      await (await PopupPage.open(options.page.context(), await options.page.evaluate(() => location.host))).rowNames(),
    ).not.toHaveLength(0);
  });
});
