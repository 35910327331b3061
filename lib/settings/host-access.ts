import { browser } from 'wxt/browser';
import { originPattern } from './server-url';

/**
 * Makes sure the extension may reach the given base URLs, asking the person
 * for the ones it may not (custom servers in the production build). Must be
 * called from a click: browsers only show the prompt during a user gesture.
 * Returns the origins that were refused.
 */
export async function ensureHostAccess(baseUrls: string[]): Promise<string[]> {
  const patterns = [...new Set(baseUrls.map(originPattern))];
  const missing: string[] = [];
  for (const pattern of patterns) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) missing.push(pattern);
  }
  if (missing.length === 0) return [];
  // request() throws, rather than answering false, when it cannot prompt.
  const granted = await browser.permissions.request({ origins: missing }).catch(() => false);
  return granted ? [] : missing.map((pattern) => pattern.replace(/\/\*$/, ''));
}
