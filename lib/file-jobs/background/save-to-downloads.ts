import { t } from '@/lib/i18n/messages';
import { browser } from 'wxt/browser';
import { HqError } from '@/lib/hq/hq-errors';
import { ProtocolError } from '@/lib/messaging/errors';

/*
 * The browser's downloads manager, for files the extension made itself or
 * streams (stream-to-downloads.ts). It is never handed an Authorization
 * header: Chrome re-sends it on a redirect to another origin.
 */

/**
 * Saves a blob: URL we made ourselves and resolves once the file is complete
 * on disk, with its id in the downloads manager. `signal` (a sign-out)
 * cancels it: no part of the file is left in the downloads folder.
 */
export async function downloadBlobUrl(url: string, fileName: string, signal: AbortSignal): Promise<number> {
  signal.throwIfAborted();
  const downloadId = await startDownload(url, fileName);
  let outcome: string;
  try {
    outcome = await outcomeUnlessStopped(downloadId, signal);
  } finally {
    ownNames.delete(url);
  }
  // Complete is complete, even if the sign-out came a moment later.
  if (outcome === 'ok') return downloadId;
  if (signal.aborted) throw signal.reason;
  throw interruptedError(outcome);
}

/** The names our own downloads were started with, by address, while they run. */
const ownNames = new Map<string, string>();

/** The name a download of ours was started with (stream-address.ts names downloads while a stream is pending). */
export function ownDownloadName(url: string): string | undefined {
  return ownNames.get(url);
}

/** Starts a download under `fileName`, or under a plain name when the browser refuses that one. */
export async function startDownload(
  url: string,
  fileName: string,
  headers?: Array<{ name: string; value: string }>,
): Promise<number> {
  const start = (filename?: string) => {
    // Our own files (blob: URLs) only; downloadBlobUrl forgets the name once the download is over.
    if (filename && !headers) ownNames.set(url, filename);
    return browser.downloads.download({
      url,
      ...(filename ? { filename } : {}),
      ...(headers ? { headers } : {}),
      conflictAction: 'uniquify',
      saveAs: false,
    });
  };
  try {
    return await start(fileName);
  } catch {
    // The browser has its own rules for names; a plain one keeps at least the type.
    try {
      return await start(plainName(fileName));
    } catch (error) {
      throw new ProtocolError({
        kind: 'download_refused',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

/** The download's outcome ('ok' or the browser's reason); `signal` cancels it on the way. */
export async function outcomeUnlessStopped(downloadId: number, signal: AbortSignal): Promise<string> {
  const cancel = () => void browser.downloads.cancel(downloadId).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return await downloadOutcome(downloadId);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** 'ok' once the file is complete, else the browser's interrupt reason. */
function downloadOutcome(downloadId: number): Promise<string> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: string) => {
      if (settled) return;
      settled = true;
      browser.downloads.onChanged.removeListener(onChanged);
      browser.downloads.onErased.removeListener(onErased);
      resolve(outcome);
    };
    // Removed from the downloads list before it finished: the person did not want it.
    const onErased = (id: number) => {
      if (id === downloadId) finish('USER_CANCELED');
    };
    const inspect = (item: { state?: string; error?: string } | undefined) => {
      if (item?.state === 'complete') finish('ok');
      else if (item?.state === 'interrupted') finish(item.error ?? 'FAILED');
    };
    const onChanged = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
      if (delta.id !== downloadId) return;
      if (delta.state?.current === 'complete') finish('ok');
      else if (delta.state?.current === 'interrupted') finish(delta.error?.current ?? 'FAILED');
    };
    browser.downloads.onChanged.addListener(onChanged);
    browser.downloads.onErased.addListener(onErased);
    // It may have finished before the listener was added.
    void browser.downloads.search({ id: downloadId }).then(([item]) => inspect(item));
  });
}

export function interruptedError(reason: string): HqError | ProtocolError {
  switch (reason) {
    case 'USER_CANCELED':
      return new ProtocolError({ kind: 'download_cancelled', message: t('error_downloadCancelled') });
    case 'NETWORK_FAILED':
    case 'NETWORK_TIMEOUT':
    case 'NETWORK_DISCONNECTED':
      return new HqError({ kind: 'network', message: t('download_connectionLost') });
    default:
      // FILE_* reasons: the browser could not write the file (disk full, no access, blocked type).
      return new ProtocolError({ kind: 'download_refused', message: reason });
  }
}

/** "artifact.pdf" for a name the browser refused: ASCII only, the extension kept when it is a plain one. */
function plainName(fileName: string): string {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1];
  return extension ? `artifact.${extension}` : 'artifact';
}
