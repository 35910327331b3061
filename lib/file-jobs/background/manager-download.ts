import { browser } from 'wxt/browser';
import { interruptedError, outcomeUnlessStopped, startDownload } from './save-to-downloads';

/*
 * Firefox: its downloads manager fetches HQ's file itself, with the token as
 * a header, and writes it once. Unlike Chrome's, it drops Authorization on a
 * redirect to another origin (checked here: ../shared/DESIGN.md), and it
 * fails a download HQ answers with an error rather than saving the error's
 * body. Chrome streams through its service worker instead
 * (stream-to-downloads.ts).
 */

/** What the downloads manager says when HQ's answer, or the connection, was not the file. */
const NOT_THE_FILE = /^(SERVER_|NETWORK_)/;

/**
 * Saves HQ's file at `url` as `fileName` and resolves with its download id
 * once complete; or with null when the answer was not the file (an error
 * status, a broken connection), leaving nothing in Downloads — the caller
 * then asks with fetch, which says why in plain words, or gets the file
 * after all. `signal` (a sign-out) cancels the download.
 */
export async function downloadWithManager(
  url: string,
  fileName: string,
  authorization: string,
  signal: AbortSignal,
): Promise<number | null> {
  signal.throwIfAborted();
  const downloadId = await startDownload(url, fileName, [{ name: 'Authorization', value: authorization }]);
  const outcome = await outcomeUnlessStopped(downloadId, signal);
  // Complete is complete, even if the sign-out came a moment later.
  if (outcome === 'ok') return downloadId;
  if (signal.aborted) throw signal.reason;
  if (!NOT_THE_FILE.test(outcome)) throw interruptedError(outcome);
  // Neither a part file nor a failed row of ours stays in the person's downloads list.
  await browser.downloads.cancel(downloadId).catch(() => {});
  await browser.downloads.erase({ id: downloadId }).catch(() => {});
  return null;
}
