import type { Browser } from 'wxt/browser';
import { webAppPatterns } from '@/lib/conversation-panel/web-app-pages';
import { t } from '@/lib/i18n/messages';

/** Fixed ids: menus are created once, on install or update, and found again by id. */
export const MENU_IDS = {
  conversationZip: 'hq-download-conversation-zip',
  artifactLink: 'hq-download-artifact-link',
  refresh: 'hq-refresh-artifacts',
} as const;

/** How the web app links to an artifact's bytes. */
export const ARTIFACT_LINK_PATTERNS = ['*://*/v1/api/artifacts/*/download'];

export function contextMenuItems(webAppUrl: string): Browser.contextMenus.CreateProperties[] {
  return [
    {
      id: MENU_IDS.conversationZip,
      title: t('menu_downloadAllZip'),
      contexts: ['page'],
      documentUrlPatterns: webAppPatterns(webAppUrl),
    },
    {
      id: MENU_IDS.artifactLink,
      title: t('menu_downloadArtifact'),
      contexts: ['link'],
      targetUrlPatterns: ARTIFACT_LINK_PATTERNS,
    },
    { id: MENU_IDS.refresh, title: t('menu_refreshArtifacts'), contexts: ['action'] },
  ];
}

/**
 * The artifact id of an authenticated download link — only for links to the
 * configured server, so a page cannot make the extension send the token
 * elsewhere.
 */
export function artifactIdFromLink(linkUrl: string | undefined, serverUrl: string): string | null {
  if (!linkUrl) return null;
  let link: URL;
  try {
    link = new URL(linkUrl);
  } catch {
    return null;
  }
  if (link.origin !== new URL(serverUrl).origin) return null;
  const match = /^\/v1\/api\/artifacts\/([\w-]{1,100})\/download\/?$/.exec(link.pathname);
  return match?.[1] ?? null;
}
