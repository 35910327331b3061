import { HqError, errorKindForStatus, parseRetryAfter } from '@/lib/hq/hq-errors';
import { networkError } from '@/lib/hq/hq-http';
import { streamToFileUrl } from './disk-file';

/** How long HQ may take to start answering; the body itself may take as long as it needs. */
const ANSWER_TIMEOUT_MS = 30_000;

/**
 * Fetches one file from HQ with the token and streams it to disk; resolves
 * with the file's object URL only once every byte has arrived. Redirects are
 * followed by fetch, which drops the Authorization header when one leads to
 * another origin (object storage, a CDN), so the token stays with HQ.
 * Failures are HqErrors: HQ's status, a timeout, or a connection that broke
 * mid-file.
 */
export async function fetchToFileUrl(jobId: string, url: string, authorization: string): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new DOMException('No answer', 'TimeoutError')), ANSWER_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: authorization }, credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: abort.signal });
  } catch (cause) {
    throw networkError(abort.signal.aborted ? abort.signal.reason : cause);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
    throw new HqError({
      kind: errorKindForStatus(response.status),
      status: response.status,
      message: `HQ answered ${response.status} for the file.`,
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    });
  }
  try {
    return await streamToFileUrl(jobId, response.body);
  } catch (cause) {
    throw new HqError({ kind: 'network', message: `The connection broke while the file was downloading (${String(cause)}).` });
  }
}
