import { browser } from 'wxt/browser';
import { conversationIdFromPageUrl } from '@/lib/hq/hq-assumptions';
import { ProtocolError } from '@/lib/messaging/errors';
import type { RequestContext } from '@/lib/messaging/background/router';
import { readConnectionState } from '@/lib/connection/settings';
import { isWebAppPage } from '../web-app-pages';

/**
 * A page may only ask about the conversation its tab shows on the web app.
 * The tab's current URL is read from the browser, not taken from the page:
 * `sender.url` keeps the address the document loaded with, which a
 * single-page app has since changed with pushState. Returns the id.
 */
export async function checkPageConversation(conversationId: string, context: Pick<RequestContext, 'tabId' | 'pageUrl'>): Promise<string> {
  const { webAppUrl } = await readConnectionState();
  const tabUrl = context.tabId !== undefined ? ((await browser.tabs.get(context.tabId).catch(() => undefined))?.url ?? context.pageUrl) : context.pageUrl;
  const shown = tabUrl && isWebAppPage(tabUrl, webAppUrl) ? conversationIdFromPageUrl(tabUrl) : null;
  if (!shown || shown !== conversationId.toLowerCase()) {
    throw new ProtocolError({ kind: 'denied', message: 'This page does not show that HQ conversation.' });
  }
  return shown;
}
