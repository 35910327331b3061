import type { BrowserContext, Locator, Page } from '@playwright/test';
import { wordsIn, type Words } from '../../tests/e2e/catalogue-words';
import type { HqServer } from '../../tests/hq-server/server';

/*
 * The options page as the e2e tests and scripts drive it: by role and label,
 * as a person finds things, in the words of a catalogue (English unless told). Test code only: no product code imports it, so
 * no build bundles it.
 */

/** Where an HQ server answers, its web app, and a token it accepts. */
export interface ServerToConnect {
  url: string;
  webAppUrl: string;
  token: string;
}

/** The local HQ server as a person would fill it in: its addresses and a token it accepts (read and write unless told). */
export function serverOf(hq: HqServer, token: string = hq.tokens.readWrite): ServerToConnect {
  return { url: hq.url, webAppUrl: hq.webAppUrl, token };
}

export class OptionsPage {
  /** The connection's state ("Connected as …", "Signed out"). */
  readonly status: Locator;
  /** What went wrong, in words. */
  readonly alert: Locator;
  readonly notConnected: Locator;
  readonly connectButton: Locator;
  /** "Sign in with HQ", or "Sign in again with HQ" once a sign-in has ended. */
  readonly signInButton: Locator;
  readonly signOutButton: Locator;
  readonly folderPerConversation: Locator;

  constructor(
    readonly page: Page,
    private readonly words: Words = wordsIn('en'),
  ) {
    const button = (key: string) => page.getByRole('button', { name: words(key), exact: true });
    this.status = page.getByRole('status');
    this.alert = page.getByRole('alert');
    this.notConnected = page.getByText(words('options_notConnectedPill'), { exact: true });
    this.connectButton = button('options_connectButton');
    this.signInButton = button('options_signInButton').or(button('options_signInAgainButton'));
    this.signOutButton = button('options_signOutButton');
    this.folderPerConversation = page.getByRole('checkbox', { name: words('options_folderPerConversation') });
  }

  /** Opens the options page in a new tab. */
  static async open(context: BrowserContext, extensionId: string, words?: Words): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page, words);
  }

  /** Opens the options page, connects with a token and waits until it says so. */
  static async openConnected(
    context: BrowserContext,
    extensionId: string,
    server: ServerToConnect,
    words?: Words,
  ): Promise<OptionsPage> {
    const options = await OptionsPage.open(context, extensionId, words);
    await options.fillAndConnect(server.url, server.webAppUrl, server.token);
    await options.page.getByText(options.words('options_connectedPill'), { exact: true }).waitFor();
    return options;
  }

  /** Opens a disclosure (<details>) by clicking its summary, as a person would, unless it is open. */
  async openDisclosure(summary: string): Promise<void> {
    const details = this.page.locator('details', { has: this.page.locator('summary', { hasText: summary }) });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  }

  /** Sets the server and web-app addresses under Advanced. */
  async fillAddresses(serverUrl: string, webAppUrl: string): Promise<void> {
    await this.openDisclosure(this.words('options_advancedSummary'));
    await this.page.getByLabel(this.words('connection_serverUrlField'), { exact: true }).fill(serverUrl);
    await this.page.getByLabel(this.words('connection_webAppUrlField'), { exact: true }).fill(webAppUrl);
  }

  /** Pastes a token under "Use an access token instead" and clicks Connect (does not wait for the outcome). */
  async connectWithToken(token: string): Promise<void> {
    await this.openDisclosure(this.words('options_tokenSummary'));
    await this.page.getByLabel(this.words('options_tokenLabel'), { exact: true }).fill(token);
    await this.connectButton.click();
  }

  /** Fills the addresses and a token and clicks Connect, as a person would (does not wait for the outcome). */
  async fillAndConnect(serverUrl: string, webAppUrl: string, token: string): Promise<void> {
    await this.fillAddresses(serverUrl, webAppUrl);
    await this.connectWithToken(token);
  }

  /** Clicks "Sign in with HQ" and returns the window HQ's sign-in opens in (an ordinary page under Playwright). */
  async signInWithHq(): Promise<Page> {
    const opened = this.page.context().waitForEvent('page');
    await this.signInButton.click();
    return opened;
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** Opens the options page, connects and waits until it says so; returns the page (scripts and tests that only need a connected extension). */
export async function connectExtension(
  context: BrowserContext,
  extensionId: string,
  server: ServerToConnect,
): Promise<Page> {
  return (await OptionsPage.openConnected(context, extensionId, server)).page;
}
