/** How long HQ may take to start answering, and how long a body may go without a single byte. */
const PATIENCE = { answerMs: 30_000, stallMs: 60_000 };

/**
 * GET with the token, for a file's bytes. Redirects are followed by fetch,
 * which drops the Authorization header when one leads to another origin
 * (object storage, a CDN), so the token stays with HQ. A server that never
 * answers, or stops sending mid-body, fails with a TimeoutError instead of
 * hanging the download forever; a body may still take as long as it needs
 * while bytes keep coming.
 */
export async function fetchWithToken(url: string, authorization: string, patience = PATIENCE): Promise<Response> {
  const abort = new AbortController();
  const stall = () => abort.abort(new DOMException('No bytes arrived for too long.', 'TimeoutError'));
  let timer = setTimeout(stall, patience.answerMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: authorization }, credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: abort.signal });
  } catch (error) {
    throw abort.signal.aborted ? abort.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
  if (!response.body) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      timer = setTimeout(stall, patience.stallMs);
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(abort.signal.aborted ? abort.signal.reason : error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
