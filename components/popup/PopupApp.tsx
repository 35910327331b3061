import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InitialData } from './initial-load';
import { HqLogo } from '@/components/shared/HqLogo';
import { useLazyModule } from './use-lazy-module';
import { ArtifactsView } from './ArtifactsView';
import { useArtifactList } from './use-artifact-list';
import { useNewArtifacts } from './use-new-artifacts';
import { useSavedArtifacts } from './use-saved-artifacts';
import { deleteAccess } from '@/lib/connection/settings';
import { t } from '@/lib/i18n/messages';
import { OpenInTabIcon, SettingsIcon } from './icons';

// Screens only some popups show: loaded when first needed, not with the popup.
const loadNotConnected = () => import('./NotConnected');
const loadConversations = () => import('./ConversationsView');

/** `popup.html?view=tab` is the same app in a full tab: the page uses the window's width (popup.css). */
const inTab = new URLSearchParams(location.search).get('view') === 'tab';
document.documentElement.classList.toggle('in-tab', inTab);

export function PopupApp({ initial }: { initial: InitialData }) {
  const account = initial.state.account;
  const { list, refreshing, error, removeArtifact, refresh, indexStatus } = useArtifactList(account, initial.cached);
  const access = deleteAccess(initial.state);
  const newIds = useNewArtifacts(account);
  const saved = useSavedArtifacts(account);
  // Only a signed-out popup needs this screen (and its wording): keep it out of everyone else's.
  const signedOut = useLazyModule(loadNotConnected, !account);
  const [view, setView] = useState<'artifacts' | 'conversations'>('artifacts');
  const [inConversation, setInConversation] = useState<{ id: string; title: string } | null>(null);
  const conversations = useLazyModule(loadConversations, view === 'conversations');

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
        <h1>{t('extName')}</h1>
        {account ? (
          <span class="account" title={account.email ?? ''} dir="auto">
            {account.displayName}
          </span>
        ) : null}
        {!inTab && account ? (
          <button
            type="button"
            class="icon-button"
            aria-label={t('popup_openInTab')}
            title={t('popup_openInTab')}
            onClick={() =>
              void browser.tabs
                .create({ url: browser.runtime.getURL('/popup.html?view=tab') })
                .then(() => window.close())
            }
          >
            <OpenInTabIcon />
          </button>
        ) : null}
        <button
          type="button"
          class="icon-button"
          aria-label={t('popup_settings')}
          title={t('popup_settings')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <SettingsIcon />
        </button>
      </header>
      <main class="popup-main">
        {!account && signedOut ? <signedOut.NotConnected signedOutReason={initial.state.signedOutReason} /> : null}
        {account ? (
          <div class="views" role="tablist" aria-label={t('popup_viewTabsLabel')}>
            {(['artifacts', 'conversations'] as const).map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`view-${id}`}
                class="view-tab"
                aria-selected={view === id}
                aria-controls="view-panel"
                tabIndex={view === id ? 0 : -1}
                onClick={() => setView(id)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                  const other = id === 'artifacts' ? 'conversations' : 'artifacts';
                  setView(other);
                  document.getElementById(`view-${other}`)?.focus();
                }}
              >
                {t(id === 'artifacts' ? 'popup_artifactsTab' : 'popup_conversationsTab')}
              </button>
            ))}
          </div>
        ) : null}
        {account && view === 'artifacts' ? (
          <div id="view-panel" role="tabpanel" aria-labelledby="view-artifacts" class="view-panel">
            <ArtifactsView
              list={list}
              refreshing={refreshing}
              refreshError={error}
              removeArtifact={removeArtifact}
              refresh={refresh}
              indexStatus={indexStatus}
              deleteRefusal={access.allowed ? null : access.reason}
              webAppUrl={initial.state.webAppUrl}
              inTab={inTab}
              inConversation={inConversation}
              onLeaveConversation={() => setInConversation(null)}
              newIds={newIds}
              saved={saved}
            />
          </div>
        ) : null}
        {account && view === 'conversations' ? (
          <div id="view-panel" role="tabpanel" aria-labelledby="view-conversations" class="view-panel">
            {conversations ? (
              <conversations.ConversationsView
                webAppUrl={initial.state.webAppUrl}
                onShowArtifacts={(c) => {
                  setInConversation({ id: c.id, title: c.title?.trim() || t('conversation_untitled') });
                  setView('artifacts');
                }}
              />
            ) : null}
          </div>
        ) : null}
      </main>
    </div>
  );
}
