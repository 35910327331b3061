import { inertHtml } from './inert-html';

/**
 * Untrusted HTML for an <iframe srcdoc>. The iframe's `sandbox` (without
 * allow-scripts) stops scripts; this policy, first in the document, stops
 * everything from loading over the network — images, styles, fonts, frames,
 * forms, prefetches; and inert-html.ts has already removed what no policy
 * governs (connection hints, refreshes, <base>, link addresses), so a report
 * cannot phone home, nor resolve a host name, when it is looked at.
 * Links open in a new tab, which the sandbox (no allow-popups) refuses.
 */
export const PREVIEW_CSP =
  "default-src 'none'; img-src data:; media-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

/** No allow-scripts, no allow-same-origin, no forms, no popups, no top navigation. */
export const PREVIEW_SANDBOX = '';

export function sandboxedDocument(untrustedHtml: string, extraCss = ''): string {
  const head = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}"><meta name="referrer" content="no-referrer"><base target="_blank">${extraCss ? `<style>${extraCss}</style>` : ''}`;
  return head + inertHtml(untrustedHtml);
}
