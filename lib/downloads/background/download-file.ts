import { browser } from 'wxt/browser';
import { HqError } from '@/lib/hq/hq-errors';
import { ProtocolError } from '@/lib/messaging/errors';

/**
 * Hands an authenticated URL to the browser's download manager, so bytes
 * stream to disk and never sit in extension memory, then waits until the
 * server has answered — long enough to report a 404 or 401 to the person,
 * not for the whole file.
 */
export async function downloadWithToken(url: string, fileName: string, authorization: string): Promise<number> {
  const start = (filename?: string) =>
    browser.downloads.download({
      url,
      ...(filename ? { filename } : {}),
      conflictAction: 'uniquify',
      saveAs: false,
      headers: [{ name: 'Authorization', value: authorization }],
    });
  let downloadId: number;
  try {
    downloadId = await start(fileName);
  } catch {
    // The browser has its own rules for names (e.g. some extensions it will not write);
    // then it may pick the name itself, from HQ's Content-Disposition.
    try {
      downloadId = await start();
    } catch (error) {
      throw new ProtocolError({ kind: 'download_refused', message: error instanceof Error ? error.message : String(error) });
    }
  }
  const outcome = await waitForDownload(downloadId, 'answer');
  if (outcome !== 'ok') throw interruptedError(outcome);
  return downloadId;
}

/** Saves a blob: URL we made ourselves and resolves once the file is on disk. */
export async function downloadBlobUrl(url: string, fileName: string): Promise<void> {
  const downloadId = await browser.downloads.download({ url, filename: fileName, conflictAction: 'uniquify', saveAs: false });
  const outcome = await waitForDownload(downloadId, 'end');
  if (outcome !== 'ok') throw interruptedError(outcome);
}

const ANSWER_TIMEOUT_MS = 15_000;

/**
 * 'ok' once the server answered with bytes ('answer') or the file is
 * complete ('end'); else the interrupt reason.
 */
function waitForDownload(downloadId: number, until: 'answer' | 'end'): Promise<string> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: string) => {
      if (settled) return;
      settled = true;
      browser.downloads.onChanged.removeListener(onChanged);
      clearTimeout(timer);
      resolve(outcome);
    };
    const inspect = (item: { state?: string; error?: string; bytesReceived?: number; totalBytes?: number } | undefined) => {
      if (!item) return;
      if (item.state === 'complete') finish('ok');
      else if (item.state === 'interrupted') finish(item.error ?? 'FAILED');
      else if (until === 'answer' && ((item.bytesReceived ?? 0) > 0 || (item.totalBytes ?? 0) > 0)) finish('ok');
    };
    const onChanged = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
      if (delta.id !== downloadId) return;
      if (delta.state?.current === 'complete') finish('ok');
      else if (delta.state?.current === 'interrupted') finish(delta.error?.current ?? 'FAILED');
      else void browser.downloads.search({ id: downloadId }).then(([item]) => inspect(item));
    };
    // Long downloads keep going after this; we only stop waiting for the first answer.
    const timer = until === 'answer' ? setTimeout(() => finish('ok'), ANSWER_TIMEOUT_MS) : undefined;
    browser.downloads.onChanged.addListener(onChanged);
    void browser.downloads.search({ id: downloadId }).then(([item]) => inspect(item));
  });
}

function interruptedError(reason: string): HqError | ProtocolError {
  switch (reason) {
    case 'SERVER_BAD_CONTENT':
      return new HqError({ kind: 'not_found', status: 404, message: 'HQ no longer has this file.' });
    case 'SERVER_UNAUTHORIZED':
      return new HqError({ kind: 'unauthorized', status: 401, message: 'HQ refused the download.' });
    case 'SERVER_FORBIDDEN':
      return new HqError({ kind: 'forbidden', status: 403, message: 'HQ refused the download.' });
    case 'NETWORK_FAILED':
    case 'NETWORK_TIMEOUT':
    case 'NETWORK_DISCONNECTED':
    case 'NETWORK_SERVER_DOWN':
      return new HqError({ kind: 'network', message: 'The download lost its connection.' });
    case 'SERVER_FAILED':
      return new HqError({ kind: 'server', message: 'HQ failed while sending the file.' });
    case 'USER_CANCELED':
      return new ProtocolError({ kind: 'download_cancelled', message: 'The download was cancelled.' });
    default:
      // FILE_* reasons: the browser could not write the file (disk full, no access, blocked type).
      return new ProtocolError({ kind: 'download_refused', message: reason });
  }
}
