import { HqError, errorKindForStatus, parseRetryAfter } from './hq-errors';

/* Reading HQ's HTTP answers: JSON that may not be JSON, bodies with a size cap, network failures. */

export const NOT_JSON = Symbol('not json');

/** The body as JSON; null when empty, NOT_JSON when it is something else. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** The whole body, or null once it passes `maxBytes` (Content-Length may be missing or wrong). */
export async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((cause: unknown) => {
      throw networkError(cause);
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The HqError for a non-2xx answer: its kind from the status, HQ's
 * `{"error": "…"}` as the message, `Retry-After` kept. On OAuth endpoints the
 * `error` is a code; invalid_grant and invalid_client (answered 400 or 401)
 * both mean the grant is unusable. `requestUrl`, for a request that may
 * follow a redirect: a status answered by another origin is not HQ's (a 401
 * there says nothing of the token, a 404 nothing of the artifact).
 */
export async function errorFromResponse(
  response: Response,
  endpoint: 'api' | 'oauth' = 'api',
  requestUrl?: string,
): Promise<HqError> {
  if (requestUrl !== undefined && answeredElsewhere(response, requestUrl)) {
    await response.body?.cancel().catch(() => {});
    return new HqError({
      kind: 'storage',
      status: response.status,
      message: `The file's storage at ${new URL(response.url).origin} answered ${response.status}.`,
    });
  }
  const body = await readJson(response);
  const serverError =
    body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : '';
  const oauthError = endpoint === 'oauth' && serverError ? serverError : undefined;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  return new HqError({
    kind:
      oauthError === 'invalid_grant' || oauthError === 'invalid_client'
        ? 'unauthorized'
        : errorKindForStatus(response.status),
    status: response.status,
    message: serverError || `HQ answered ${response.status} ${response.statusText}`.trim(),
    ...(oauthError ? { oauthError } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

export function networkError(cause: unknown): HqError {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new HqError({ kind: 'offline', message: 'You appear to be offline.' });
  }
  if (cause instanceof DOMException && cause.name === 'TimeoutError') {
    return new HqError({ kind: 'timeout', message: 'The server took too long to answer.' });
  }
  return new HqError({ kind: 'network', message: `Could not reach the server (${String(cause)}).` });
}

/** Whether a followed redirect brought this answer from another origin than the one asked. */
export function answeredElsewhere(response: Response, requestUrl: string): boolean {
  if (!response.url) return false;
  try {
    return new URL(response.url).origin !== new URL(requestUrl).origin;
  } catch {
    return true;
  }
}

/** A redirect left unfollowed (`redirect: 'manual'`): browsers give an opaque answer, other fetches the 3xx itself. */
function isRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)
  );
}

/**
 * API and OAuth calls never follow a redirect: a 307 or 308 would re-send
 * the token, or a form with `refresh_token`, `code` and `code_verifier`, to
 * wherever it points. Fails (a plain error) when the answer is one.
 */
export async function refuseRedirect(response: Response, url: string): Promise<void> {
  if (!isRedirect(response)) return;
  await response.body?.cancel().catch(() => {});
  throw new HqError({
    kind: 'redirected',
    message: `${new URL(url).origin} answered with a redirect, which the extension does not follow for its requests to HQ.`,
  });
}
