import { browser } from 'wxt/browser';
import { originPattern } from './server-url';

/**
 * Makes sure the extension may reach the given base URLs, asking the person
 * for any it may not (custom servers in the production build). Must be
 * called straight from a click, before any other await: Firefox forgets the
 * user gesture across awaits, and browsers only prompt during one. Already
 * granted origins resolve at once without a prompt.
 * Returns the origins that were refused.
 */
export async function ensureHostAccess(baseUrls: string[]): Promise<string[]> {
  const patterns = [...new Set(baseUrls.map(originPattern))];
  // request() throws, rather than answering false, when it cannot prompt.
  const granted = await browser.permissions.request({ origins: patterns }).catch(() => false);
  if (granted) return [];
  const missing: string[] = [];
  for (const pattern of patterns) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) missing.push(pattern.replace(/\/\*$/, ''));
  }
  return missing;
}
