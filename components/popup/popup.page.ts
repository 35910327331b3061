import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/*
 * The popup (and its tab view) as the e2e tests drive it: by role and label,
 * as a person finds things. Test code only: no product code imports it, so
 * no build bundles it.
 */

/** The toolbar popup's size. */
const POPUP_SIZE = { width: 420, height: 600 };

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export interface OpenPopupOptions {
  /** The full-tab view (popup.html?view=tab) instead of the toolbar popup. */
  tab?: boolean;
  /** Default: the toolbar popup's size; a tab keeps the browser's. */
  viewport?: { width: number; height: number };
  /** Runs on the new page before it loads the popup (a colour scheme, an init script). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

export class PopupPage {
  readonly searchBox: Locator;
  /** The list's rows (and, in the Conversations view, its conversations). */
  readonly rows: Locator;
  /** A preview, or the delete confirmation. */
  readonly dialog: Locator;
  /** The preview's title. */
  readonly previewHeading: Locator;
  /** The tab view's preview pane, beside the list. */
  readonly previewPane: Locator;
  /** Outcomes ("Saved …"), polite; the list's and the index's states too. */
  readonly statuses: Locator;
  /** Errors, announced at once. */
  readonly alerts: Locator;
  readonly zipButton: Locator;
  readonly conversationsTab: Locator;
  readonly conversationList: Locator;
  readonly conversationSearch: Locator;
  /** The walk of the whole workspace: its progress, or what it could not list. */
  readonly indexProgress: Locator;
  readonly findingOlder: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole('searchbox', { name: 'Search artifacts' });
    this.rows = page.getByRole('listitem');
    this.dialog = page.getByRole('dialog');
    this.previewHeading = this.dialog.getByRole('heading', { level: 2 });
    this.previewPane = page.getByRole('complementary', { name: 'Preview' });
    this.statuses = page.getByRole('status');
    this.alerts = page.getByRole('alert');
    this.zipButton = page.getByRole('button', { name: 'Download selected as ZIP' });
    this.conversationsTab = page.getByRole('tab', { name: 'Conversations' });
    this.conversationList = page.getByRole('list', { name: 'Conversations' });
    this.conversationSearch = page.getByRole('searchbox', { name: 'Search conversations' });
    this.indexProgress = page.locator('.index-progress');
    this.findingOlder = page.getByText(/Finding older artifacts/);
  }

  /** Opens the popup in a new page, at the toolbar popup's size unless told otherwise. */
  static async open(context: BrowserContext, extensionId: string, options: OpenPopupOptions = {}): Promise<PopupPage> {
    const page = await context.newPage();
    const viewport = options.viewport ?? (options.tab ? undefined : POPUP_SIZE);
    if (viewport) await page.setViewportSize(viewport);
    await options.beforeLoad?.(page);
    await page.goto(`chrome-extension://${extensionId}/popup.html${options.tab ? '?view=tab' : ''}`);
    return new PopupPage(page);
  }

  get lastStatus(): Locator {
    return this.statuses.last();
  }

  get lastAlert(): Locator {
    return this.alerts.last();
  }

  /** The names of the rows, in order, whole (a long one is shown shortened in the middle; its title holds it all). */
  async rowNames(): Promise<string[]> {
    // The first screenful paints first; the list is busy until every row is in, and hidden while it has none
    // (a first load with nothing cached yet): reading it then would race the list's arrival.
    await this.page.locator('#artifact-list:not([aria-busy="true"]):not([hidden])').waitFor({ state: 'attached' });
    return this.page
      .locator('#artifact-list .row-main')
      .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
  }

  /** The row's own button (it opens the preview), named by the artifact's name. */
  rowButton(name: string): Locator {
    return this.page.getByRole('button', { name: startsWith(name) });
  }

  /** The row of the artifact of this name. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.rowButton(name) });
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /** A type filter: All, Images, HTML, Code, Files (its name starts with the type, then its count). */
  filterTab(type: string): Locator {
    return this.page.getByRole('tab', { name: startsWith(type) });
  }

  async filter(type: string): Promise<void> {
    await this.filterTab(type).click();
  }

  /** Opens the row's preview (its own button). */
  async preview(name: string): Promise<void> {
    await this.rowButton(name).click();
  }

  /** The preview's frame (HTML and Markdown). */
  get previewFrame() {
    return this.dialog.frameLocator('iframe');
  }

  /** Once the preview's frame has loaded: every load and error handler of its document has had its turn. */
  async previewFrameLoaded(): Promise<void> {
    await expect.poll(() => this.previewFrame.locator('html').evaluate(() => document.readyState)).toBe('complete');
  }

  /** Once the preview's image has loaded (an SVG's own handlers, were they to run, would have by then). */
  async previewImageLoaded(): Promise<void> {
    await expect
      .poll(() =>
        this.dialog
          .getByRole('img')
          .evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
      )
      .toBe(true);
  }

  /** Once the preview (in the dialog, or the tab view's pane) shows its content and is no longer busy. */
  async previewReady(): Promise<void> {
    await this.dialog.or(this.page.locator('.preview-pane')).locator('.preview-body > *').first().waitFor();
    await this.page.waitForFunction(() => !document.querySelector('.preview-body [aria-busy="true"]'));
  }

  downloadButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Download ${name}` });
  }

  async download(name: string): Promise<void> {
    await this.downloadButton(name).click();
  }

  deleteButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Delete ${name}` });
  }

  /** Clicks the row's Delete, then answers the confirmation. */
  async delete(name: string, answer: 'Delete' | 'Cancel' = 'Delete'): Promise<void> {
    await this.deleteButton(name).click();
    await this.dialog.getByRole('button', { name: answer }).click();
  }

  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${name}` });
  }

  /** The selection bar's count. */
  selected(count: number): Locator {
    return this.page.getByText(`${count} selected`);
  }

  async downloadSelectedAsZip(): Promise<void> {
    await this.zipButton.click();
  }

  async showConversations(): Promise<void> {
    await this.conversationsTab.click();
  }

  /** "Open in tab": the same list in a full tab, returned. */
  async openInTab(): Promise<PopupPage> {
    const [tab] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: 'Open in tab' }).click(),
    ]);
    return new PopupPage(tab);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
