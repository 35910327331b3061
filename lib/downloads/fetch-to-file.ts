import { HqError, errorKindForStatus, parseRetryAfter } from '@/lib/hq/hq-errors';
import { networkError } from '@/lib/hq/hq-http';
import { streamToFileUrl } from './disk-file';
import { fetchWithToken } from './fetch-with-token';

/**
 * Fetches one file from HQ with the token (fetch-with-token.ts) and streams
 * it to disk; resolves with the file's object URL only once every byte has
 * arrived. Failures are HqErrors: HQ's status, a timeout, or a connection
 * that broke mid-file.
 */
export async function fetchToFileUrl(jobId: string, url: string, authorization: string): Promise<string> {
  let response: Response;
  try {
    response = await fetchWithToken(url, authorization);
  } catch (cause) {
    throw networkError(cause);
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
    if (cause instanceof DOMException && cause.name === 'TimeoutError') throw networkError(cause);
    throw new HqError({ kind: 'network', message: `The connection broke while the file was downloading (${String(cause)}).` });
  }
}
