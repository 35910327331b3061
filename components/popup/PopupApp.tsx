import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InitialData } from './initial-load';
import { HqLogo } from '../HqLogo';
import { useLazyModule } from './use-lazy-module';
import { ArtifactsView } from './ArtifactsView';
import { useArtifactList } from './use-artifact-list';
import { deleteAccess } from '@/lib/connection/settings';
import { OpenInTabIcon, SettingsIcon } from './icons';

/** `popup.html?view=tab` is the same app in a full tab: the page uses the window's width (popup.css). */
const inTab = new URLSearchParams(location.search).get('view') === 'tab';
document.documentElement.classList.toggle('in-tab', inTab);

export function PopupApp({ initial }: { initial: InitialData }) {
  const account = initial.state.account;
  const { list, refreshing, error, removeArtifact, refresh, indexStatus } = useArtifactList(account, initial.cached);
  const access = deleteAccess(initial.state);
  // Only a signed-out popup needs this screen (and its wording): keep it out of everyone else's.
  const signedOut = useLazyModule(() => import('./NotConnected'), !account);

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
            <OpenInTabIcon />
          </button>
        ) : null}
        <button type="button" class="icon-button" aria-label="Settings" title="Settings" onClick={() => void browser.runtime.openOptionsPage()}>
          <SettingsIcon />
        </button>
      </header>
      <main class="popup-main">
        {!account && signedOut ? <signedOut.NotConnected signedOutReason={initial.state.signedOutReason} /> : null}
        {account ? (
          <ArtifactsView list={list} refreshing={refreshing} refreshError={error} removeArtifact={removeArtifact} refresh={refresh} indexStatus={indexStatus}
            deleteRefusal={access.allowed ? null : access.reason} webAppUrl={initial.state.webAppUrl} inTab={inTab} />
        ) : null}
      </main>
    </div>
  );
}
