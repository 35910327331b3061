import { HqError } from '@/lib/hq/hq-errors';
import { errorFromResponse, networkError } from '@/lib/hq/hq-http';
import { streamToDiskFile } from './disk-file-url';
import { fetchWithToken } from './fetch-with-token';

/**
 * Fetches one file from HQ with the token (fetch-with-token.ts) and streams
 * it to disk (in the file-job worker); resolves only once every byte has
 * arrived. Failures are HqErrors: HQ's status, a timeout, or a connection
 * that broke mid-file.
 */
export async function fetchToDiskFile(
  jobId: string,
  url: string,
  authorization: string,
  signal?: AbortSignal,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchWithToken(url, authorization, undefined, 0, signal);
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFromResponse(response, 'api', url);
  try {
    // A 0-byte artifact is a file too.
    await streamToDiskFile(jobId, response.body ?? new Blob([]).stream());
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    if (cause instanceof DOMException && cause.name === 'TimeoutError') throw networkError(cause);
    throw new HqError({
      kind: 'network',
      message: `The connection broke while the file was downloading (${String(cause)}).`,
    });
  }
}
