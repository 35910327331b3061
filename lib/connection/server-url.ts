import { t } from '@/lib/i18n/messages';

/**
 * Checks and normalises a Server URL or Web app URL typed by a person.
 * HQ is HTTPS only; plain http is accepted for loopback so a local server
 * (development, the demo) works.
 */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

// Not [::1]: a CSP host source cannot name an IPv6 address, so the extension's
// policy (wxt.config.ts) could not let the service worker reach it.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** `label` is the field's name as the person sees it (connection_serverUrlField): the reasons name it. */
export function normalizeBaseUrl(input: string, label: string): UrlCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: t('connection_urlEmpty', label) };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: t('connection_urlInvalid', label) };
  }
  const isLoopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
    return { ok: false, reason: t('connection_urlNotHttps', label) };
  }
  if (url.username || url.password) return { ok: false, reason: t('connection_urlHasCredentials', label) };
  if (url.search || url.hash) return { ok: false, reason: t('connection_urlHasQuery', label) };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.origin}${path}` };
}

/** The match pattern that grants access to a base URL's origin. */
export function originPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
