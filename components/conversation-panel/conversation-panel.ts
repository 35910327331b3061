import { formatSize } from '@/lib/artifact-list/format';
import type { PanelArtifact } from '@/lib/model/panel-artifact';
import type { PanelActions, PanelView } from '@/lib/conversation-panel/panel-view';
import { PANEL_CSS } from './panel-styles';
import { CLOSE_ICON, DOWNLOAD_ICON, HQ_MARK, el, iconButton, onPersonClick, svgIcon } from './panel-dom';

const HOST_TAG = 'hq-artifacts-panel';
/** How long "Saved …" stays on the page; alerts stay until the next action. */
const STATUS_MS = 10_000;

/**
 * The in-page panel: "Artifacts (N)" (opens the list of this conversation's
 * artifacts) beside a one-click "Download all N artifacts as ZIP". Nothing
 * shows until the conversation is known to have artifacts, or there is
 * something to tell. Lives in an open shadow root (assistive tech reaches it;
 * page styles do not).
 */
export class ConversationPanel implements PanelView {
  readonly host: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly zip: HTMLButtonElement;
  private readonly zipText: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private artifacts: PanelArtifact[] | null = null;
  private zipBusy = false;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly actions: PanelActions) {
    // Never two panels: a previous instance (e.g. before an extension update) is replaced.
    document.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
    this.host = el(HOST_TAG as 'div', { hidden: true });
    const root = this.host.attachShadow({ mode: 'open' });
    const panelId = 'hq-artifacts-panel-list';
    this.toggle = el('button', {
      type: 'button',
      className: 'toggle',
      'aria-expanded': 'false',
      'aria-controls': panelId,
    });
    this.zip = iconButton('zip', '', DOWNLOAD_ICON);
    this.zipText = el('span', {}, 'ZIP');
    this.zip.append(this.zipText);
    this.bar = el('div', { className: 'bar' }, this.toggle, this.zip);
    const close = iconButton('icon', 'Close artifacts panel', CLOSE_ICON);
    this.list = el('ul');
    this.status = el('p', { className: 'msg', role: 'status' });
    this.alert = el('p', { className: 'msg alert', role: 'alert' });
    this.panel = el(
      'section',
      { id: panelId, className: 'panel', hidden: true, 'aria-label': 'Conversation artifacts' },
      el('div', { className: 'head' }, el('h2', {}, 'Artifacts'), close),
      this.list,
    );
    // The page shares this DOM (the shadow root stays open for assistive tech): it may click
    // through script, but such clicks are not the person's and do nothing.
    onPersonClick(this.toggle, () => this.setOpen(this.panel.hidden));
    onPersonClick(close, () => this.close());
    onPersonClick(this.zip, () => void this.onDownloadAll());
    const wrap = el('div', { className: 'wrap' }, this.bar, this.status, this.alert, this.panel);
    // Escape from anywhere in the panel or on its buttons closes it; the page does not also act on it.
    wrap.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.panel.hidden) {
        event.stopPropagation();
        this.close();
      }
    });
    // The bar comes first in tab order, then the messages and the panel; CSS stacks them upwards.
    root.append(el('style', {}, PANEL_CSS), wrap);
    this.showIfNeeded();
  }

  mount(): void {
    document.documentElement.append(this.host);
  }

  destroy(): void {
    this.host.remove();
  }

  /** `unlisted`: the background's words when HQ's fresh list is short of its own count — an alert, as it stays true until HQ lists the rest. */
  setArtifacts(artifacts: PanelArtifact[], unlisted: string | null): void {
    this.artifacts = artifacts;
    if (unlisted) this.showMessage('alert', unlisted);
    const count = artifacts.length;
    this.toggle.replaceChildren(svgIcon(HQ_MARK, '0 0 32 32'), `Artifacts (${count})`);
    // Not "all" when HQ's list is short of its own count.
    const label = `Download ${unlisted ? 'these' : 'all'} ${count} artifact${count === 1 ? '' : 's'} as ZIP`;
    this.zip.title = label;
    this.zip.setAttribute('aria-label', label);
    this.list.replaceChildren(...artifacts.map((artifact) => this.row(artifact)));
    this.showIfNeeded();
  }

  showMessage(tone: 'status' | 'alert', text: string): void {
    clearTimeout(this.statusTimer);
    this.status.textContent = tone === 'status' ? text : '';
    this.alert.textContent = tone === 'alert' ? text : '';
    if (tone === 'status' && text) this.statusTimer = setTimeout(() => this.showMessage('status', ''), STATUS_MS);
    this.showIfNeeded();
  }

  setZipProgress(done: number, total: number): void {
    if (this.zipBusy) this.zipText.textContent = `Preparing ZIP… ${done} / ${total}`;
  }

  private setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  private close(): void {
    this.setOpen(false);
    this.toggle.focus();
  }

  /** Hidden while there is nothing to offer (no artifacts, or not known yet) and nothing to tell. */
  private showIfNeeded(): void {
    const count = this.artifacts?.length;
    this.bar.hidden = !count;
    this.host.hidden = !count && !this.status.textContent && !this.alert.textContent;
    if (!count) this.setOpen(false);
  }

  private row(artifact: PanelArtifact): HTMLLIElement {
    const button = iconButton('icon', `Download ${artifact.name}`, DOWNLOAD_ICON);
    onPersonClick(button, () => {
      button.disabled = true;
      void this.actions.downloadOne(artifact).then((error) => {
        button.disabled = false;
        this.showMessage(error ? 'alert' : 'status', error ?? `Saved ${artifact.name}.`);
      });
    });
    const { caption, time } = artifact;
    // Names and captions are untrusted: text nodes only.
    return el(
      'li',
      {},
      el('span', { className: `kind ${artifact.group}`, 'aria-hidden': 'true' }, artifact.label),
      el(
        'span',
        { className: 'name' },
        el('b', { title: artifact.name }, artifact.shortName),
        el(
          'span',
          {},
          formatSize(artifact.size_bytes),
          ...(time ? [' · ', el('time', { dateTime: artifact.created_at, title: time.full }, time.short)] : []),
        ),
        ...(caption ? [el('span', { className: 'cap', title: caption }, caption)] : []),
      ),
      button,
    );
  }

  private async onDownloadAll(): Promise<void> {
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    if (this.zipBusy) return;
    this.zipBusy = true;
    this.zip.setAttribute('aria-disabled', 'true');
    this.zipText.textContent = 'Preparing ZIP…';
    this.showMessage('status', '');
    const outcome = await this.actions.downloadAll();
    this.zipBusy = false;
    this.zip.removeAttribute('aria-disabled');
    this.zipText.textContent = 'ZIP';
    this.showMessage(outcome.tone, outcome.text);
  }
}
