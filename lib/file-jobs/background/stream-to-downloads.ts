import { browser } from 'wxt/browser';
import { HqError } from '@/lib/hq/hq-errors';
import { errorFromResponse, networkError } from '@/lib/hq/hq-http';
import { STREAM_PATH } from '@/lib/messaging/offscreen-protocol';
import { downloadOutcome, interruptedError } from './save-to-downloads';

/*
 * Chrome: one file from HQ, written to disk once, by the downloads manager.
 * The service worker fetches it with the token and answers a one-time
 * address of its own with that response, which Chrome pipes on without
 * JavaScript touching a chunk; a frame in the offscreen document opens the
 * address. The downloads manager is never given the token (it
 * re-sends Authorization on a redirect to another origin); fetch drops it
 * there, and the address carries none.
 */

/** How long HQ may take to start answering, and how long the file may go without a byte. */
const PATIENCE = { answerMs: 30_000, stallMs: 60_000, checkEveryMs: 5_000 };

interface PendingStream {
  url: string;
  authorization: string;
  fileName: string;
  /** Ends the request and the body: a sign-out, a stall. */
  abort: AbortController;
  /** HQ's answer, once the address was opened: a failure when it was not the file. */
  answered(outcome: { ok: true } | { ok: false; error: unknown }): void;
  requested?: boolean;
  downloadId?: number;
}

const pending = new Map<string, PendingStream>();

/** A Content-Disposition that makes the browser save the answer rather than show it. */
const ATTACHMENT = /^\s*attachment\s*(;|$)/i;

/** What a service worker's fetch event gives (the DOM's types here have no FetchEvent). */
export interface StreamRequestEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The pending stream a download or a request is for, by its address. */
function streamAt(url: string | undefined): PendingStream | undefined {
  if (!url) return undefined;
  const { origin, pathname } = new URL(url);
  if (origin !== new URL(browser.runtime.getURL('/')).origin || !pathname.startsWith(STREAM_PATH)) return undefined;
  return pending.get(pathname.slice(STREAM_PATH.length));
}

/**
 * The service worker's fetch handler: answers a pending stream's address
 * once, with HQ's file; anything else goes to the network as usual.
 */
export function answerStreamRequest(event: StreamRequestEvent): void {
  const stream = streamAt(event.request.url);
  if (!stream || stream.requested || event.request.method !== 'GET') return;
  // One answer per address: opening it again gets nothing.
  stream.requested = true;
  event.respondWith(fetchForStream(stream));
}

async function fetchForStream(stream: PendingStream): Promise<Response> {
  const timer = setTimeout(
    () => stream.abort.abort(new DOMException('HQ did not answer in time.', 'TimeoutError')),
    PATIENCE.answerMs,
  );
  let response: Response;
  try {
    response = await fetch(stream.url, {
      headers: { Authorization: stream.authorization },
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: stream.abort.signal,
    });
  } catch (cause) {
    stream.answered({
      ok: false,
      error: stream.abort.signal.aborted ? stream.abort.signal.reason : networkError(cause),
    });
    return new Response(null, { status: 204 });
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    stream.answered({ ok: false, error: await errorFromResponse(response, 'api', stream.url) });
    // No content: the frame stays where it is and no download starts.
    return new Response(null, { status: 204 });
  }
  stream.answered({ ok: true });
  // HQ's own answer, when it is a plain attachment, is piped on by the browser without a chunk passing through
  // JavaScript, and saved, never rendered. Anything else (a navigation may not take a redirected response, and
  // an answer that is not an attachment would show in the frame) goes on as the same body under headers of ours.
  if (!response.redirected && ATTACHMENT.test(response.headers.get('Content-Disposition') ?? '')) return response;
  const headers = new Headers({
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(baseName(stream.fileName))}`,
    'Cache-Control': 'no-store',
  });
  // The decoded body's length is unknown when the storage compressed it; otherwise the downloads list shows progress.
  const length = response.headers.get('Content-Length');
  if (length && !response.headers.has('Content-Encoding')) headers.set('Content-Length', length);
  return new Response(response.body, { status: 200, headers });
}

function baseName(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1);
}

/** Names each stream's download as asked (a folder included), and leaves every other download alone. */
function nameStreamDownload(
  item: { id: number; url: string; finalUrl?: string },
  suggest: (suggestion?: { filename: string; conflictAction?: 'uniquify' }) => void,
): void {
  const stream = streamAt(item.finalUrl) ?? streamAt(item.url);
  if (!stream) return suggest();
  suggest({ filename: stream.fileName, conflictAction: 'uniquify' });
}

/** Which download each stream became. */
function noteStreamDownload(item: { id: number; url: string; finalUrl?: string }): void {
  const stream = streamAt(item.finalUrl) ?? streamAt(item.url);
  if (stream) stream.downloadId ??= item.id;
}

/**
 * Saves HQ's file at `url` as `fileName` (a folder may lead it) and resolves
 * with its download id once the file is complete on disk. HQ's errors are
 * the fetch path's (hq-http.ts); `signal` (a sign-out) cancels the request
 * and the download, and nothing of the file is left.
 */
export async function streamIntoDownloads(
  url: string,
  fileName: string,
  authorization: string,
  signal: AbortSignal,
  /** Opens the stream's address (`STREAM_PATH` + nonce) where it becomes a download; resolves with what closes it. */
  openStream: (nonce: string) => Promise<() => void>,
): Promise<number> {
  signal.throwIfAborted();
  const nonce = crypto.randomUUID();
  const abort = new AbortController();
  let answered!: (outcome: { ok: true } | { ok: false; error: unknown }) => void;
  const answer = new Promise<{ ok: true } | { ok: false; error: unknown }>((resolve) => (answered = resolve));
  const stream: PendingStream = { url, authorization, fileName, abort, answered };
  const stop = () => abort.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  // Only while a stream is on its way: a listener here makes every download of the browser wait for it.
  const determining = browser.downloads.onDeterminingFilename;
  determining.addListener(nameStreamDownload);
  browser.downloads.onCreated.addListener(noteStreamDownload);
  pending.set(nonce, stream);
  let close: (() => void) | undefined;
  try {
    close = await openStream(nonce);
    const outcome = await Promise.race([answer, aborted(abort.signal)]);
    if (!outcome.ok) throw outcome.error;
    const downloadId = await createdDownload(stream, abort.signal);
    close();
    const result = await watchUntilDone(downloadId, abort);
    // Complete is complete, even if the sign-out came a moment later.
    if (result === 'ok') return downloadId;
    // An interrupted download keeps its part for resuming; nothing of a failed file is left.
    await browser.downloads.cancel(downloadId).catch(() => {});
    if (signal.aborted) throw signal.reason;
    if (abort.signal.aborted) throw networkError(abort.signal.reason);
    throw interruptedError(result);
  } finally {
    pending.delete(nonce);
    determining.removeListener(nameStreamDownload);
    browser.downloads.onCreated.removeListener(noteStreamDownload);
    signal.removeEventListener('abort', stop);
    close?.();
  }
}

/** Settles with the reason once `signal` aborts: a sign-out or a stall, whichever step the job is at. */
function aborted(signal: AbortSignal): Promise<{ ok: false; error: unknown }> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve({ ok: false, error: signal.reason });
    signal.addEventListener('abort', () => resolve({ ok: false, error: signal.reason }), { once: true });
  });
}

/** The download the answered address became, once the browser has made it. */
async function createdDownload(stream: PendingStream, signal: AbortSignal): Promise<number> {
  for (let waited = 0; stream.downloadId === undefined; waited += 50) {
    if (signal.aborted) throw signal.reason;
    if (waited > PATIENCE.answerMs)
      throw new HqError({ kind: 'network', message: 'The browser did not start the download.' });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return stream.downloadId;
}

/** The download's outcome; a file that goes `stallMs` without a byte, or a sign-out, ends request and download. */
async function watchUntilDone(downloadId: number, abort: AbortController): Promise<string> {
  const cancel = () => void browser.downloads.cancel(downloadId).catch(() => {});
  abort.signal.addEventListener('abort', cancel, { once: true });
  let lastBytes = -1;
  let lastChange = Date.now();
  const watchdog = setInterval(() => {
    void browser.downloads.search({ id: downloadId }).then(([item]) => {
      if (!item || item.bytesReceived !== lastBytes) {
        lastBytes = item?.bytesReceived ?? lastBytes;
        lastChange = Date.now();
      } else if (Date.now() - lastChange >= PATIENCE.stallMs) {
        abort.abort(new DOMException('No bytes arrived for too long.', 'TimeoutError'));
      }
    });
  }, PATIENCE.checkEveryMs);
  try {
    return await downloadOutcome(downloadId);
  } finally {
    clearInterval(watchdog);
    abort.signal.removeEventListener('abort', cancel);
  }
}
