import { formatSize } from '@/lib/artifact-list/format';
import type { PageArtifact } from '@/lib/messaging/payloads';
import { PANEL_CSS } from './panel-styles';

export interface PanelActions {
  downloadOne(artifact: PageArtifact): Promise<string | null>;
  /** What to tell the person once it is done: saved (and what is missing), or why not. */
  downloadAll(): Promise<{ tone: 'status' | 'alert'; text: string }>;
}

const HOST_TAG = 'hq-artifacts-panel';
const DOWNLOAD_ICON = '<svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 15.5h12"/></svg>';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('aria-') || key === 'role') node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
}

/** Runs `action` for clicks the browser vouches came from the person, not from page script. */
function onPersonClick(target: HTMLElement, action: () => void): void {
  target.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}

/**
 * The in-page panel: a compact "Artifacts (N)" button that opens the list of
 * this conversation's artifacts and "Download all … as ZIP". Lives in an open
 * shadow root (assistive tech reaches it; page styles do not).
 */
export class ConversationPanel {
  readonly host: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly zip: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private artifacts: PageArtifact[] | null = null;
  private zipBusy = false;

  constructor(private readonly actions: PanelActions) {
    // Never two panels: a previous instance (e.g. before an extension update) is replaced.
    document.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
    this.host = document.createElement(HOST_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = el('style', {}, PANEL_CSS);
    const panelId = 'hq-artifacts-panel-list';
    this.toggle = el('button', { type: 'button', className: 'toggle', 'aria-expanded': 'false', 'aria-controls': panelId });
    this.list = el('ul', { 'aria-label': 'Artifacts in this conversation' });
    this.zip = el('button', { type: 'button', className: 'zip' });
    this.status = el('p', { className: 'msg', role: 'status' });
    this.alert = el('p', { className: 'msg alert', role: 'alert' });
    this.panel = el('section', { id: panelId, className: 'panel', hidden: true, 'aria-label': 'Conversation artifacts' },
      el('div', { className: 'head' }, el('h2', {}, 'Artifacts')),
      this.list,
      el('div', { className: 'foot' }, this.zip, this.status, this.alert),
    );
    // The page shares this DOM (the shadow root stays open for assistive tech): it may click
    // through script, but such clicks are not the person's and do nothing.
    onPersonClick(this.toggle, () => this.setOpen(this.panel.hidden));
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.setOpen(false);
        this.toggle.focus();
      }
    });
    onPersonClick(this.zip, () => void this.onDownloadAll());
    // The panel follows its button in tab order; CSS shows it above.
    root.append(style, el('div', { className: 'wrap' }, this.toggle, this.panel));
    this.render();
  }

  mount(): void {
    document.documentElement.append(this.host);
  }

  destroy(): void {
    this.host.remove();
  }

  setArtifacts(artifacts: PageArtifact[]): void {
    this.artifacts = artifacts;
    this.render();
  }

  showMessage(tone: 'status' | 'alert', text: string): void {
    this.status.textContent = tone === 'status' ? text : '';
    this.alert.textContent = tone === 'alert' ? text : '';
    if (tone === 'alert') this.setOpen(true);
  }

  setZipProgress(done: number, total: number): void {
    if (this.zipBusy) this.zip.textContent = `Preparing ZIP… ${done} / ${total}`;
  }

  private setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  private render(): void {
    const count = this.artifacts?.length;
    this.toggle.replaceChildren(el('span', { className: 'dot' }), count === undefined ? 'Artifacts' : `Artifacts (${count})`);
    const zipLabel = count ? `Download all ${count} artifact${count === 1 ? '' : 's'} as ZIP` : 'Download all as ZIP (no artifacts)';
    this.zip.setAttribute('aria-label', zipLabel);
    if (!this.zipBusy) this.zip.textContent = count ? `Download all (${count}) as ZIP` : 'Nothing to download';
    this.zip.disabled = !count || this.zipBusy;
    if (this.artifacts === null) {
      this.list.replaceChildren(el('li', { className: 'empty' }, 'Loading…'));
    } else if (this.artifacts.length === 0) {
      this.list.replaceChildren(el('li', { className: 'empty' }, 'No artifacts in this conversation yet.'));
    } else {
      this.list.replaceChildren(...this.artifacts.map((artifact) => this.row(artifact)));
    }
  }

  private row(artifact: PageArtifact): HTMLLIElement {
    const button = el('button', { type: 'button', className: 'icon', title: 'Download', 'aria-label': `Download ${artifact.name}` });
    button.innerHTML = DOWNLOAD_ICON; // a constant, not page or artifact data
    onPersonClick(button, () => {
      button.disabled = true;
      void this.actions.downloadOne(artifact).then((error) => {
        button.disabled = false;
        this.showMessage(error ? 'alert' : 'status', error ?? `Saved ${artifact.name}.`);
      });
    });
    return el('li', {},
      el('span', { className: `kind ${artifact.group}`, 'aria-hidden': 'true' }, artifact.label),
      el('span', { className: 'name' }, el('b', { title: artifact.name }, artifact.name), el('span', {}, formatSize(artifact.size_bytes))),
      button,
    );
  }

  private async onDownloadAll(): Promise<void> {
    this.zipBusy = true;
    this.zip.disabled = true;
    this.zip.setAttribute('aria-busy', 'true');
    this.zip.textContent = 'Preparing ZIP…';
    this.showMessage('status', '');
    const outcome = await this.actions.downloadAll();
    this.zipBusy = false;
    this.zip.removeAttribute('aria-busy');
    this.render();
    this.showMessage(outcome.tone, outcome.text);
  }
}
