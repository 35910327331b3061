import { plural, t } from '@/lib/i18n/messages';
import { catalogueLocale, textDirection } from '@/lib/i18n/locale';
import type { PanelArtifact } from '@/lib/model/panel-artifact';
import type { PanelActions, PanelView } from '@/lib/conversation-panel/panel-view';
import { PANEL_CSS } from './panel-styles';
import { slot } from '@/lib/i18n/message-slots';
import { CLOSE_ICON, DOWNLOAD_ICON, HQ_MARK, el, fill, iconButton, onPersonClick, svgIcon } from './panel-dom';
import { panelRow } from './panel-row';

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
  /** Arrived while this page showed the panel: marked new until the page goes. */
  private readonly arrived = new Set<string>();
  private zipBusy = false;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly actions: PanelActions) {
    // Never two panels: a previous instance (e.g. before an extension update) is replaced.
    document.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
    // The panel speaks the extension's language, not the page's. `all:initial` leaves `direction` inherited
    // from the page, so the host carries it too: its inset-inline-end places it on the panel's side.
    const dir = textDirection();
    this.host = el(HOST_TAG as 'div', { hidden: true, dir });
    const root = this.host.attachShadow({ mode: 'open' });
    const panelId = 'hq-artifacts-panel-list';
    this.toggle = el('button', {
      type: 'button',
      className: 'toggle',
      'aria-expanded': 'false',
      'aria-controls': panelId,
    });
    this.zip = iconButton('zip', '', DOWNLOAD_ICON);
    this.zipText = el('span', {}, t('panel_zipButton'));
    this.zip.append(this.zipText);
    this.bar = el('div', { className: 'bar' }, this.toggle, this.zip);
    const close = iconButton('icon', t('panel_closeButton'), CLOSE_ICON);
    this.list = el('ul');
    this.status = el('p', { className: 'msg', role: 'status' });
    this.alert = el('p', { className: 'msg alert', role: 'alert' });
    this.panel = el(
      'section',
      { id: panelId, className: 'panel', hidden: true, 'aria-label': t('panel_regionLabel') },
      el('div', { className: 'head' }, el('h2', {}, t('panel_heading')), close),
      this.list,
    );
    // The page shares this DOM (the shadow root stays open for assistive tech): it may click
    // through script, but such clicks are not the person's and do nothing.
    onPersonClick(this.toggle, () => this.setOpen(this.panel.hidden));
    onPersonClick(close, () => this.close());
    onPersonClick(this.zip, () => void this.onDownloadAll());
    const wrap = el(
      'div',
      { className: 'wrap', dir, lang: catalogueLocale() },
      this.bar,
      this.status,
      this.alert,
      this.panel,
    );
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
  setArtifacts(artifacts: PanelArtifact[], unlisted: string | null, arrived: ReadonlySet<string> = new Set()): void {
    this.artifacts = artifacts;
    arrived.forEach((id) => this.arrived.add(id));
    if (unlisted && this.alert.textContent !== unlisted) this.showMessage('alert', unlisted);
    // Said once (a status, read out politely), and the rows stay marked.
    if (arrived.size > 0) this.showMessage('status', plural('panel_arrived', arrived.size));
    const count = artifacts.length;
    this.toggle.replaceChildren(svgIcon(HQ_MARK, '0 0 32 32'), plural('panel_artifactsButton', count));
    // Not "all" when HQ's list is short of its own count.
    const label = plural(unlisted ? 'panel_downloadTheseZip' : 'panel_downloadAllZip', count);
    this.zip.title = label;
    this.zip.setAttribute('aria-label', label);
    this.list.replaceChildren(...artifacts.map((artifact) => this.row(artifact)));
    this.showIfNeeded();
  }

  showMessage(tone: 'status' | 'alert', text: string): void {
    this.say(tone, ...(text ? [text] : []));
  }

  setZipProgress(done: number, total: number): void {
    if (this.zipBusy) this.zipText.textContent = t('panel_preparingZipProgress', done, total);
  }

  /** Nothing in `content` clears that tone's line. */
  private say(tone: 'status' | 'alert', ...content: Array<Node | string>): void {
    clearTimeout(this.statusTimer);
    this.status.replaceChildren(...(tone === 'status' ? content : []));
    this.alert.replaceChildren(...(tone === 'alert' ? content : []));
    if (tone === 'status' && content.length) this.statusTimer = setTimeout(() => this.say('status'), STATUS_MS);
    this.showIfNeeded();
  }

  private setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    // Opened by the person: what it lists is seen (the toolbar badge stops counting it).
    if (open && this.artifacts) this.actions.seen(this.artifacts.map((a) => a.id));
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
    const button = iconButton('icon', t('panel_downloadOne', artifact.name), DOWNLOAD_ICON);
    onPersonClick(button, () => {
      button.disabled = true;
      void this.actions.downloadOne(artifact).then((error) => {
        button.disabled = false;
        if (error) this.say('alert', error);
        else this.say('status', ...fill(t('panel_saved', slot(0)), artifact.name));
      });
    });
    return panelRow(artifact, this.arrived.has(artifact.id), button);
  }

  private async onDownloadAll(): Promise<void> {
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    if (this.zipBusy) return;
    this.zipBusy = true;
    this.zip.setAttribute('aria-disabled', 'true');
    this.zipText.textContent = t('panel_preparingZip');
    this.showMessage('status', '');
    const outcome = await this.actions.downloadAll();
    this.zipBusy = false;
    this.zip.removeAttribute('aria-disabled');
    this.zipText.textContent = t('panel_zipButton');
    this.showMessage(outcome.tone, outcome.text);
  }
}
