import { browser } from 'wxt/browser';
import { conversationIdFromPageUrl } from '@/lib/hq/hq-assumptions';
import { ProtocolError } from '@/lib/messaging/errors';
import { t } from '@/lib/i18n/messages';
import type { RequestContext } from '@/lib/messaging/background/router';
import { readConnectionState } from '@/lib/connection/settings';
import { isWebAppPage } from '../web-app-pages';
import { createRequestBudget } from '../request-budget';

/** What one tab may make the extension ask HQ for: a panel needs a couple of requests per conversation. */
const hqBudget = createRequestBudget({ burst: 10, perSecond: 2 });

/**
 * A page may only ask about the conversation its tab shows on the configured
 * web app, and only so often. The tab's current URL is read from the
 * browser, not taken from the page: `sender.url` keeps the address the
 * document loaded with, which a single-page app has since changed with
 * pushState. Returns the conversation id.
 */
export async function checkPanelConversation(
  conversationId: string,
  context: Pick<RequestContext, 'tabId' | 'pageUrl'>,
  cost: 'hq' | 'local',
): Promise<string> {
  const { webAppUrl } = await readConnectionState();
  const tabUrl =
    context.tabId !== undefined
      ? ((await browser.tabs.get(context.tabId).catch(() => undefined))?.url ?? context.pageUrl)
      : context.pageUrl;
  const shown = tabUrl && isWebAppPage(tabUrl, webAppUrl) ? conversationIdFromPageUrl(tabUrl) : null;
  if (!shown || shown !== conversationId.toLowerCase()) {
    throw new ProtocolError({ kind: 'denied', message: t('panel_notThisConversation') });
  }
  if (cost === 'hq' && !hqBudget.take(String(context.tabId ?? tabUrl))) {
    throw new ProtocolError({ kind: 'throttled', message: 'This page asked too often.' });
  }
  return shown;
}
