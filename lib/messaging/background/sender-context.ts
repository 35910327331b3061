/**
 * Who sent a message. Privileged requests are only taken from our own pages
 * (popup, options — even when open in a tab); content scripts get the few
 * page-level requests they need; anything else is refused.
 */
export type SenderContext = 'extension-page' | 'content-script';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export function senderContext(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderContext | null {
  if (sender.id !== extensionId || !sender.url) return null;
  // Compare prefixes, not URL.origin: for non-special schemes such as
  // chrome-extension: some URL implementations report the origin as "null".
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (sender.url.startsWith(base)) return 'extension-page';
  if (sender.tab && /^https?:\/\//i.test(sender.url)) return 'content-script';
  return null;
}
