import type { BrowserContext, Locator, Page } from '@playwright/test';

/*
 * A conversation page of the (local) HQ web app with the extension's panel,
 * as the e2e tests drive it: by role and label, as a person finds things.
 * Test code only: no product code imports it, so no build bundles it.
 */

export class ConversationPanelPage {
  /** The panel's host element on the page (its shadow root is open). */
  readonly host: Locator;
  /** The list of the conversation's artifacts, once opened. */
  readonly region: Locator;
  readonly rows: Locator;
  readonly closeButton: Locator;
  /** "Saved …", "ZIP saved …". */
  readonly status: Locator;
  /** What went wrong, or what HQ would not list. */
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator('hq-artifacts-panel');
    this.region = page.getByRole('region', { name: 'Conversation artifacts' });
    this.rows = this.region.getByRole('listitem');
    this.closeButton = this.region.getByRole('button', { name: 'Close artifacts panel' });
    this.status = page.getByRole('status');
    this.alert = page.getByRole('alert');
  }

  /** Opens the web app's page of this conversation in a new tab (`beforeLoad` runs on it first: a colour scheme, say). */
  static async open(
    context: BrowserContext,
    webAppUrl: string,
    conversationId: string,
    options: { beforeLoad?: (page: Page) => Promise<unknown> } = {},
  ): Promise<ConversationPanelPage> {
    const page = await context.newPage();
    await options.beforeLoad?.(page);
    await page.goto(`${webAppUrl}/conversations/${conversationId}`);
    return new ConversationPanelPage(page);
  }

  /**
   * "Artifacts (N)", which opens and closes the list: of this count, or of any. Hidden ones too with
   * `includeHidden` (the panel keeps its button hidden while a conversation has no artifacts).
   */
  toggle(count?: number, options: { includeHidden?: boolean } = {}): Locator {
    const name = count === undefined ? /^Artifacts \(\d+\)/ : `Artifacts (${count})`;
    return this.page.getByRole('button', { name, ...options });
  }

  /** Opens the list with "Artifacts (N)". */
  async showArtifacts(count?: number): Promise<void> {
    await this.toggle(count).click();
  }

  /**
   * "Download all N artifacts as ZIP" (of any count when none is given), or "Download these N artifacts
   * as ZIP" when HQ's list is short of its own count.
   */
  zipButton(count?: number, which: 'all' | 'these' = 'all'): Locator {
    const name = count === undefined ? `Download ${which}` : `Download ${which} ${count} artifacts as ZIP`;
    return this.page.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  async downloadAll(count?: number, which: 'all' | 'these' = 'all'): Promise<void> {
    await this.zipButton(count, which).click();
  }

  /** A row's Download (two rows may share a name). */
  downloadButton(name: string): Locator {
    return this.region.getByRole('button', { name: `Download ${name}` });
  }

  /** Downloads the (first) row of this name. */
  async download(name: string): Promise<void> {
    await this.downloadButton(name).first().click();
  }

  /** Closes the list with its close button. */
  async closePanel(): Promise<void> {
    await this.closeButton.click();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
