import { bodyReader } from './fetch-body-reader';

/** How long HQ may take to start answering, and how long a body may go without a single byte. */
const PATIENCE = { answerMs: 30_000, stallMs: 60_000 };

/**
 * GET with the token, for a file's bytes (from `fromByte` on, with a Range
 * request, when resuming). Redirects are followed by fetch, which drops the
 * Authorization header when one leads to another origin (object storage, a
 * CDN), so the token stays with HQ. A server that never answers, or stops
 * sending mid-body, fails with a TimeoutError instead of hanging the download
 * forever; a body may still take as long as it needs while bytes keep
 * coming. The body stays a byte stream, so it can be read into the caller's
 * own buffers (BYOB). `signal` ends it all, with the signal's reason.
 */
export async function fetchWithToken(
  url: string,
  authorization: string,
  patience = PATIENCE,
  fromByte = 0,
  signal?: AbortSignal,
): Promise<Response> {
  signal?.throwIfAborted();
  const abort = new AbortController();
  // The job's end (a sign-out) ends the request and its body at once, with the job's reason; AbortSignal.any keeps no listener on it.
  const ended = signal ? AbortSignal.any([abort.signal, signal]) : abort.signal;
  const stall = () => abort.abort(new DOMException('No bytes arrived for too long.', 'TimeoutError'));
  const timer = setTimeout(stall, patience.answerMs);
  const headers: Record<string, string> = { Authorization: authorization };
  if (fromByte > 0) headers.Range = `bytes=${fromByte}-`;
  let response: Response;
  try {
    response = await fetch(url, { headers, credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: ended });
  } catch (error) {
    throw ended.aborted ? ended.reason : error;
  } finally {
    clearTimeout(timer);
  }
  if (!response.body) return response;
  const body = patientBody(response.body, stall, patience.stallMs, (error) => (ended.aborted ? ended.reason : error));
  const patient = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // Where the answer came from, as fetch saw it: a status from storage HQ redirected to is not HQ's (hq-http.ts).
  Object.defineProperty(patient, 'url', { value: response.url });
  Object.defineProperty(patient, 'redirected', { value: response.redirected });
  return patient;
}

/** The same bytes, failing once none have come for `stallMs`. */
function patientBody(
  source: ReadableStream<Uint8Array>,
  stall: () => void,
  stallMs: number,
  reasonOf: (error: unknown) => unknown,
): ReadableStream<Uint8Array> {
  const reader = bodyReader(source);
  return new ReadableStream({
    type: 'bytes',
    // Default readers get chunks this big; BYOB readers bring their own buffer.
    autoAllocateChunkSize: 64 * 1024,
    async pull(controller) {
      const request = controller.byobRequest!;
      const view = new Uint8Array(request.view!.buffer, request.view!.byteOffset, request.view!.byteLength);
      const timer = setTimeout(stall, stallMs);
      try {
        // Straight into the reader's buffer: a byte-stream source takes it and hands it back filled.
        const bytes = await reader.read(view);
        if (bytes.byteLength === 0) controller.close();
        // A BYOB read hands back a plain ArrayBuffer view: never a shared one.
        request.respondWithNewView(bytes as Uint8Array<ArrayBuffer>);
      } catch (error) {
        controller.error(reasonOf(error));
      } finally {
        clearTimeout(timer);
      }
    },
    cancel: () => reader.cancel(),
  });
}
