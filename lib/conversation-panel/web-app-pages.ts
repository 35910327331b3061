import { DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';

/*
 * Which pages are HQ's web app: exactly the configured origin, nothing
 * broader. Another HQ subdomain is another site and gets no panel and no
 * answers unless it is the configured web app.
 */

/** The manifest's content script runs on the default web app only; any other is registered at runtime. */
export const DEFAULT_WEB_APP_PATTERNS = [matchPattern(new URL(DEFAULT_WEB_APP_URL))];

/** The match pattern of the configured web app (match patterns cannot name a port: isWebAppPage checks it). */
export function webAppPatterns(webAppUrl: string): string[] {
  const url = parse(webAppUrl);
  return url ? [matchPattern(url)] : DEFAULT_WEB_APP_PATTERNS;
}

/** The pattern a web app other than the default needs registered at runtime, or null for the default. */
export function customWebAppPattern(webAppUrl: string): string | null {
  const url = parse(webAppUrl);
  if (!url || url.origin === new URL(DEFAULT_WEB_APP_URL).origin) return null;
  return matchPattern(url);
}

/** Is this page on the configured web app — same scheme, host and port? */
export function isWebAppPage(pageUrl: string, webAppUrl: string): boolean {
  const page = parse(pageUrl);
  const app = parse(webAppUrl);
  return !!page && !!app && page.origin === app.origin;
}

function parse(url: string): URL | null {
  try {
    return new URL(url || DEFAULT_WEB_APP_URL);
  } catch {
    return null;
  }
}

function matchPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
