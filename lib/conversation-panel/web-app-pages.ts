import { DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';

/** HQ's own web app hosts: the manifest's content script runs on these. */
export const HQ_WEB_APP_PATTERNS = ['https://hq.zone/*', 'https://*.hq.zone/*'];

/** Match patterns for the configured web app: HQ's own, plus a custom origin. */
export function webAppPatterns(webAppUrl: string): string[] {
  const custom = customWebAppPattern(webAppUrl);
  return custom ? [...HQ_WEB_APP_PATTERNS, custom] : HQ_WEB_APP_PATTERNS;
}

/** The extra pattern a custom Web app URL needs, or null when HQ's own covers it. */
export function customWebAppPattern(webAppUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(webAppUrl || DEFAULT_WEB_APP_URL);
  } catch {
    return null;
  }
  if (isHqHost(url)) return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** Is this page part of the web app — HQ's own, or the configured one? */
export function isWebAppPage(pageUrl: string, webAppUrl: string): boolean {
  let page: URL;
  let app: URL;
  try {
    page = new URL(pageUrl);
    app = new URL(webAppUrl || DEFAULT_WEB_APP_URL);
  } catch {
    return false;
  }
  if (isHqHost(page)) return true;
  // Match patterns ignore the port, so the registered script may run on any port: check it here.
  return page.origin === app.origin;
}

function isHqHost(url: URL): boolean {
  return url.protocol === 'https:' && (url.hostname === 'hq.zone' || url.hostname.endsWith('.hq.zone'));
}
