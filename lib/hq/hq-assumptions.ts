/**
 * Everything this extension assumes about HQ where HQ's docs are silent
 * (see ../shared/hq-api.md, "ASSUMED"). Each assumption lives here, once,
 * so that correcting one is a one-line change.
 */

/** Production endpoints; both are user-configurable in the options page. */
export const DEFAULT_SERVER_URL = 'https://api.hq.zone';
export const DEFAULT_WEB_APP_URL = 'https://hq.zone';

/**
 * ASSUMED: the path of "Download conversation artifacts". The docs name the
 * operation but not its path, so callers must fall back to building the ZIP
 * themselves when this answers 404/405 for a non-empty conversation.
 */
export function conversationZipPath(conversationId: string): string {
  return `/v1/api/conversations/${encodeURIComponent(conversationId)}/artifacts/download`;
}

/**
 * ASSUMED: the DELETE response is `{"id": "<uuid>", "deleted": true}`. We only
 * trust a 2xx status; the body is checked loosely so a different shape that
 * still says 2xx is not mistaken for a failure.
 */
export function deleteConfirmed(status: number, body: unknown): boolean {
  if (status < 200 || status >= 300) return false;
  if (body && typeof body === 'object' && 'deleted' in body) {
    return (body as { deleted: unknown }).deleted !== false;
  }
  return true;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CONVERSATION_PATH = new RegExp(`/(?:conversations|c)/(${UUID})(?:[/?#]|$)`, 'i');

/**
 * ASSUMED: a web-app page shows a conversation when its path has a UUID
 * segment right after `/conversations/` or `/c/`. Returns the id (lower-case)
 * or null for any other page.
 */
export function conversationIdFromPageUrl(pageUrl: string): string | null {
  let path: string;
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    return null;
  }
  const match = CONVERSATION_PATH.exec(path);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * ASSUMED: the web app shows a conversation at `<web app>/conversations/<id>`
 * — the same shape conversationIdFromPageUrl recognises. Used for "open the
 * source conversation" links.
 */
export function conversationPageUrl(webAppUrl: string, conversationId: string): string {
  return new URL(
    `conversations/${encodeURIComponent(conversationId)}`,
    webAppUrl.endsWith('/') ? webAppUrl : `${webAppUrl}/`,
  ).href;
}

/**
 * Paging of "List conversation artifacts" (hq-api.md, *List one
 * conversation*). HQ's reference lists `page` (1-based) and `page_size`
 * (clamped to 1..100, default 25) on this endpoint, and its answer carries
 * no `page` or `total`; whether HQ applies them is not settled. So the
 * extension asks for the largest page and follows `page=2, 3, …` while a
 * page comes back full: right whether HQ answers everything at once, pages
 * of `page_size`, or honours `page_size` and ignores `page` (the reader
 * notices the same rows coming back).
 */
export const CONVERSATION_ARTIFACTS_PAGE_SIZE = 100;

export function conversationArtifactsPath(conversationId: string, page: number): string {
  const query = new URLSearchParams({ page: String(page), page_size: String(CONVERSATION_ARTIFACTS_PAGE_SIZE) });
  return `/v1/api/conversations/${encodeURIComponent(conversationId)}/artifacts?${query}`;
}
