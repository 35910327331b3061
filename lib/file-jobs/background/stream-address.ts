import { browser } from 'wxt/browser';
import { errorFromResponse, networkError } from '@/lib/hq/hq-http';
import { STREAM_PATH } from '@/lib/messaging/offscreen-protocol';
import { ownDownloadName } from './save-to-downloads';

/*
 * Chrome: the service worker's one-time stream addresses. Each pending
 * stream is HQ's file at one URL; the first request for its address is
 * answered with HQ's response, fetched here with the token (fetch drops it
 * on a redirect to another origin), and the download it becomes is named
 * and noted. The address itself carries no token.
 */

/** How long HQ may take to start answering. */
export const ANSWER_MS = 30_000;

export interface PendingStream {
  url: string;
  authorization: string;
  fileName: string;
  /** Ends the request and the body: a sign-out, a stall. */
  abort: AbortController;
  /** HQ's answer, once the address was opened: a failure when it was not the file. */
  answered(outcome: StreamAnswer): void;
  /** The download the answer became, once the browser has made it. */
  created(downloadId: number): void;
  requested?: boolean;
  downloadId?: number;
  /** The job gave up after the address was opened: a download the browser makes now is cancelled. */
  abandoned?: boolean;
}

export type StreamAnswer = { ok: true } | { ok: false; error: unknown };

const pending = new Map<string, PendingStream>();

/** A Content-Disposition that makes the browser save the answer rather than show it. */
const ATTACHMENT = /^\s*attachment\s*(;|$)/i;

/** What a service worker's fetch event gives (the DOM's types here have no FetchEvent). */
export interface StreamRequestEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/**
 * Makes `stream`'s address live and returns its nonce (the address is
 * `STREAM_PATH` + nonce). While any stream is pending, the downloads they
 * become are named as asked; a listener there makes every download of the
 * browser wait for it, so it is there only meanwhile.
 */
export function addStream(stream: PendingStream): string {
  const nonce = crypto.randomUUID();
  if (pending.size === 0) {
    browser.downloads.onDeterminingFilename.addListener(nameStreamDownload);
    browser.downloads.onCreated.addListener(noteStreamDownload);
  }
  pending.set(nonce, stream);
  return nonce;
}

/**
 * Retires a stream's address. One given up after it was opened but before its download appeared stays
 * a while longer, so that download is cancelled when it does appear rather than saved unwatched.
 */
export function removeStream(nonce: string, givenUp = false): void {
  const stream = pending.get(nonce);
  if (givenUp && stream?.requested && stream.downloadId === undefined && !stream.abandoned) {
    stream.abandoned = true;
    setTimeout(() => removeStream(nonce), ANSWER_MS);
    return;
  }
  if (!pending.delete(nonce) || pending.size > 0) return;
  browser.downloads.onDeterminingFilename.removeListener(nameStreamDownload);
  browser.downloads.onCreated.removeListener(noteStreamDownload);
}

/** The pending stream a download or a request is for, by its address. */
function streamAt(url: string | undefined): PendingStream | undefined {
  if (!url) return undefined;
  const { origin, pathname } = new URL(url);
  if (origin !== new URL(browser.runtime.getURL('/')).origin || !pathname.startsWith(STREAM_PATH)) return undefined;
  return pending.get(pathname.slice(STREAM_PATH.length));
}

/**
 * At install: every request of the extension's pages but a stream's goes
 * straight to the files (the Service Worker Static Routing API), so a page
 * never waits for the service worker to start just to load.
 */
export function routeOnlyStreamsToWorker(event: Event): void {
  const install = event as Event & { addRoutes?(rules: unknown): Promise<void> };
  void install
    .addRoutes?.([{ condition: { not: { urlPattern: `${STREAM_PATH}*` } }, source: 'network' }])
    .catch(() => {});
}

/**
 * The service worker's fetch handler: answers a pending stream's address
 * once, with HQ's file; anything else goes to the network as usual.
 */
export function answerStreamRequest(event: StreamRequestEvent): void {
  const stream = streamAt(event.request.url);
  // Only the offscreen document's frame opens it: a navigation, once.
  if (!stream || stream.requested || event.request.method !== 'GET' || event.request.mode !== 'navigate') return;
  // One answer per address: opening it again gets nothing.
  stream.requested = true;
  event.respondWith(fetchForStream(stream));
}

/** HQ's answer; the job's own timer (stream-to-downloads.ts) aborts it when it takes too long, an error's body too. */
async function fetchForStream(stream: PendingStream): Promise<Response> {
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
  // Our own blob: downloads (a ZIP) keep the name they were started with while this listener is there.
  const fileName = stream?.fileName ?? ownDownloadName(item.url);
  if (fileName === undefined) return suggest();
  suggest({ filename: fileName, conflictAction: 'uniquify' });
}

/** Which download each stream became. */
function noteStreamDownload(item: { id: number; url: string; finalUrl?: string }): void {
  const stream = streamAt(item.finalUrl) ?? streamAt(item.url);
  if (!stream || stream.downloadId !== undefined) return;
  stream.downloadId = item.id;
  stream.created(item.id);
  if (stream.abandoned)
    void browser.downloads
      .cancel(item.id)
      .then(() => browser.downloads.erase({ id: item.id }))
      .catch(() => {});
}
