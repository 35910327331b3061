import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often to look at the URL where no navigation event tells us (pushState is invisible to content scripts). */
export const URL_POLL_MS = 400;

/**
 * Calls `onMove` whenever the single-page app may have changed its URL: back
 * and forward, WXT's location-change event, the Navigation API where there is
 * one, and a cheap poll for the rest. `onMove` must be cheap when nothing
 * changed; everything stops when the content script is invalidated.
 */
export function followNavigation(
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'setInterval'>,
  onMove: () => void,
  page: Window = window,
): void {
  ctx.addEventListener(page, 'popstate', onMove);
  ctx.addEventListener(page, 'wxt:locationchange', onMove);
  const navigation = (page as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'navigatesuccess', onMove);
  ctx.setInterval(onMove, URL_POLL_MS);
}
