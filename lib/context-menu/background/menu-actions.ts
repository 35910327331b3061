import type { Browser } from 'wxt/browser';
import { conversationIdFromPageUrl } from '@/lib/hq/hq-assumptions';
import { describeError } from '@/lib/messaging/error-words';
import { t } from '@/lib/i18n/messages';
import { knownErrorInfo, ProtocolError } from '@/lib/messaging/errors';
import { notConnected } from '@/lib/connection/not-connected';
import { sendNoticeToTab } from '@/lib/messaging/background/notify';
import { clearAlert, showAlert } from '@/lib/toolbar-badge/background/toolbar-badge';
import { readConnectionState } from '@/lib/connection/settings';
import { isWebAppPage } from '@/lib/conversation-panel/web-app-pages';
import { refreshWorkspaceList } from '@/lib/artifact-list/background/artifact-handlers';
import { downloadArtifactById } from '@/lib/file-jobs/background/artifact-download';
import { downloadConversationZip } from '@/lib/conversations/background/conversation-zip';
import { zipOutcome } from '@/lib/file-jobs/zip-outcome';
import { MENU_IDS, artifactIdFromLink } from '../menu-items';

export interface MenuDependencies {
  downloadArtifact: (artifactId: string) => Promise<unknown>;
  downloadConversationZip: typeof downloadConversationZip;
  refresh: () => Promise<unknown>;
  /** Tells the page (its panel shows it) or, failing that, the toolbar badge. */
  notify: (tabId: number | undefined, tone: 'status' | 'alert', text: string) => void;
}

export const defaultMenuDependencies: MenuDependencies = {
  downloadArtifact: (artifactId) => downloadArtifactById(artifactId, 'elsewhere'),
  downloadConversationZip,
  refresh: refreshWorkspaceList,
  notify(tabId, tone, text) {
    const shown =
      tabId !== undefined
        ? sendNoticeToTab(tabId, 'conversation-panel:notice', { tone, text })
        : Promise.resolve(false);
    void shown.then((onPage) => {
      if (onPage) return;
      if (tone === 'alert') showAlert(text);
      else clearAlert();
    });
  },
};

/** Runs the action for a clicked context-menu item; failures become plain words for the person. */
export async function handleMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'pageUrl'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
  deps: MenuDependencies = defaultMenuDependencies,
): Promise<void> {
  try {
    switch (info.menuItemId) {
      case MENU_IDS.conversationZip: {
        const { webAppUrl } = await readConnectionState();
        const pageUrl = tab?.url ?? info.pageUrl ?? '';
        const conversationId = isWebAppPage(pageUrl, webAppUrl) ? conversationIdFromPageUrl(pageUrl) : null;
        if (!conversationId) throw new ProtocolError({ kind: 'invalid', message: t('menu_notAConversation') });
        const outcome = zipOutcome(await deps.downloadConversationZip(conversationId, () => {}, 'elsewhere'));
        deps.notify(tab?.id, outcome.tone, outcome.text);
        return;
      }
      case MENU_IDS.artifactLink: {
        const { account } = await readConnectionState();
        if (!account) throw notConnected();
        const artifactId = artifactIdFromLink(info.linkUrl, account.serverUrl);
        if (!artifactId)
          throw new ProtocolError({
            kind: 'invalid',
            message: t('menu_notAnArtifactLink'),
          });
        await deps.downloadArtifact(artifactId);
        return;
      }
      case MENU_IDS.refresh:
        await deps.refresh();
        return;
    }
  } catch (error) {
    deps.notify(
      tab?.id,
      'alert',
      describeError(knownErrorInfo(error) ?? { kind: 'internal', message: t('menu_internalError') }),
    );
  }
}
