import { browser } from 'wxt/browser';
import { HqError } from '@/lib/hq/hq-errors';
import { networkError } from '@/lib/hq/hq-http';
import { interruptedError, outcomeUnlessStopped } from './save-to-downloads';
import { ANSWER_MS, addStream, removeStream, type PendingStream, type StreamAnswer } from './stream-address';

/*
 * Chrome: one file from HQ, written to disk once, by the downloads manager.
 * The service worker fetches it with the token and answers a one-time
 * address of its own with that response, which Chrome pipes on without
 * JavaScript touching a chunk; a frame in the offscreen document opens the
 * address. The downloads manager is never given the token (it
 * re-sends Authorization on a redirect to another origin); fetch drops it
 * there, and the address carries none.
 */

/** How long the file may go without a byte, and how often that is looked at. */
const PATIENCE = { stallMs: 60_000, checkEveryMs: 5_000 };

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
  const abort = new AbortController();
  let answered!: (outcome: StreamAnswer) => void;
  const answer = new Promise<StreamAnswer>((resolve) => (answered = resolve));
  let created!: (downloadId: number) => void;
  const download = new Promise<number>((resolve) => (created = resolve));
  const stream: PendingStream = { url, authorization, fileName, abort, answered, created };
  const stop = () => abort.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  const nonce = addStream(stream);
  // Each step before the download exists is bounded: the address opened and HQ's answer in (an error's body
  // included), then the browser making the download.
  let timer = giveUpAfter(abort, new DOMException('HQ did not answer in time.', 'TimeoutError'));
  let close: (() => void) | undefined;
  let complete = false;
  try {
    close = await openStream(nonce);
    const outcome = await Promise.race([answer, aborted(abort.signal)]);
    clearTimeout(timer);
    if (!outcome.ok) throw signal.aborted ? signal.reason : asHqError(outcome.error);
    timer = giveUpAfter(abort, new HqError({ kind: 'network', message: 'The browser did not start the download.' }));
    const downloadId = await Promise.race([download, aborted(abort.signal)]);
    clearTimeout(timer);
    if (typeof downloadId !== 'number') throw signal.aborted ? signal.reason : asHqError(downloadId.error);
    close();
    const result = await watchUntilDone(downloadId, abort);
    // Complete is complete, even if the sign-out came a moment later.
    complete = result === 'ok';
    if (complete) return downloadId;
    // An interrupted download keeps its part for resuming; nothing of a failed file is left.
    await browser.downloads.cancel(downloadId).catch(() => {});
    if (signal.aborted) throw signal.reason;
    if (abort.signal.aborted) throw networkError(abort.signal.reason);
    throw interruptedError(result);
  } finally {
    clearTimeout(timer);
    // Given up: the request stops, and a download the browser makes only now is cancelled (stream-address.ts).
    if (!complete) abort.abort(new Error('The download was given up.'));
    removeStream(nonce, !complete);
    signal.removeEventListener('abort', stop);
    close?.();
  }
}

/** Aborts the stream with `reason` unless the step is done within ANSWER_MS (the caller clears the timer). */
function giveUpAfter(abort: AbortController, reason: unknown): ReturnType<typeof setTimeout> {
  return setTimeout(() => abort.abort(reason), ANSWER_MS);
}

/** HQ's errors as they are; a timeout or a broken connection as the words for those. */
function asHqError(error: unknown): unknown {
  return error instanceof DOMException ? networkError(error) : error;
}

/** Settles with the reason once `signal` aborts: a sign-out or a stall, whichever step the job is at. */
function aborted(signal: AbortSignal): Promise<{ ok: false; error: unknown }> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve({ ok: false, error: signal.reason });
    signal.addEventListener('abort', () => resolve({ ok: false, error: signal.reason }), { once: true });
  });
}

/** The download's outcome; a file that goes `stallMs` without a byte, or a sign-out, ends request and download. */
async function watchUntilDone(downloadId: number, abort: AbortController): Promise<string> {
  let lastBytes = -1;
  let lastChange = Date.now();
  const watchdog = setInterval(() => {
    void browser.downloads.search({ id: downloadId }).then(([item]) => {
      // Paused by the person, held for their "Keep" on a dangerous type, or scanned after the last byte: not a stall.
      const waitingOnPurpose =
        item?.paused ||
        (item?.danger !== undefined && item.danger !== 'safe' && item.danger !== 'accepted') ||
        (item !== undefined && item.totalBytes > 0 && item.bytesReceived >= item.totalBytes);
      if (!item || waitingOnPurpose || item.bytesReceived !== lastBytes) {
        lastBytes = item?.bytesReceived ?? lastBytes;
        lastChange = Date.now();
      } else if (Date.now() - lastChange >= PATIENCE.stallMs) {
        abort.abort(new DOMException('No bytes arrived for too long.', 'TimeoutError'));
      }
    });
  }, PATIENCE.checkEveryMs);
  try {
    return await outcomeUnlessStopped(downloadId, abort.signal);
  } finally {
    clearInterval(watchdog);
  }
}
