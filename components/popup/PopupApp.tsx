import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InitialData } from './initial-load';
import { HqLogo } from '../HqLogo';
import { NotConnected } from './NotConnected';
import { ArtifactsView } from './ArtifactsView';
import { useArtifactList } from './use-artifact-list';
import { mayDelete } from '@/lib/connection/settings';

/** `popup.html?view=tab` is the same app in a full tab, with a wider grid. */
const inTab = new URLSearchParams(location.search).get('view') === 'tab';

export function PopupApp({ initial }: { initial: InitialData }) {
  const account = initial.state.account;
  const { list, refreshing, error, removeArtifact } = useArtifactList(account, initial.cached);

  // Signed out or switched account elsewhere (options page): never keep showing the old list.
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'account' in changes) location.reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return (
    <div class={`popup${inTab ? ' in-tab' : ''}`}>
      <header class="popup-head">
        <HqLogo size={22} />
        <h1>HQ Artifacts</h1>
        {account ? <span class="account" title={account.email ?? ''}>{account.displayName}</span> : null}
        {!inTab && account ? (
          <button type="button" class="icon-button" aria-label="Open in tab" title="Open in tab"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=tab') }).then(() => window.close())}>
            <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M11 4h5v5m0-5-7 7M8 5H4v11h11v-4" /></svg>
          </button>
        ) : null}
        <button type="button" class="icon-button" aria-label="Settings" title="Settings" onClick={() => void browser.runtime.openOptionsPage()}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="2.5" /><path d="M10 2.5v2.2m0 10.6v2.2M2.5 10h2.2m10.6 0h2.2M4.7 4.7l1.6 1.6m7.4 7.4 1.6 1.6m0-10.6-1.6 1.6m-7.4 7.4-1.6 1.6" /></svg>
        </button>
      </header>
      <main class="popup-main">
        {!account ? <NotConnected signedOutReason={initial.state.signedOutReason} /> : null}
        {account ? (
          <ArtifactsView list={list} refreshing={refreshing} refreshError={error} removeArtifact={removeArtifact} canDelete={mayDelete(initial.state)} />
        ) : null}
      </main>
    </div>
  );
}
