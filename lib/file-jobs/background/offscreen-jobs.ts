import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { errorFromInfo, type ErrorInfo } from '@/lib/messaging/errors';
import type { ZipProgress } from '@/lib/model/file-job-results';
import {
  OFFSCREEN_PORT,
  OffscreenReportSchema,
  type FileJob,
  type OffscreenJob,
} from '@/lib/messaging/offscreen-protocol';

/*
 * Chrome: the jobs the offscreen document does for the service worker, which
 * has no URL.createObjectURL and cannot start a download of its own stream
 * address. One port per job: the token goes to that document alone, and
 * only for a ZIP.
 */

/** What the offscreen document made: the file's object URL, the ZIP's left-out files, and how to delete it. */
export interface OffscreenFile {
  blobUrl: string;
  failedIndexes: number[];
  release(): Promise<void>;
}

/** The job on a port of its own to the offscreen document: the token goes to that document alone. */
export async function makeInOffscreen(
  jobId: string,
  job: Extract<FileJob, { type: 'zip:build' }>,
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  signal: AbortSignal,
): Promise<OffscreenFile> {
  await ensureOffscreenDocument();
  signal.throwIfAborted();
  const port = browser.runtime.connect({ name: OFFSCREEN_PORT });
  return new Promise<OffscreenFile>((resolve, reject) => {
    // The port closing is the offscreen document's sign to abort the job and delete its file.
    const stop = () => {
      port.disconnect();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    // After the file was made, a closing port rejects nothing: a promise settles once.
    port.onDisconnect.addListener(() => {
      signal.removeEventListener('abort', stop);
      reject(new Error('The offscreen document closed before the file was made.'));
    });
    port.onMessage.addListener((message: unknown) => {
      const parsed = v.safeParse(OffscreenReportSchema, message);
      if (!parsed.success) return;
      const report = parsed.output;
      if (report.type === 'opened') return;
      if (report.type === 'progress')
        return onProgress({ done: report.done, total: report.total, failed: report.failed });
      signal.removeEventListener('abort', stop);
      if (report.type === 'failed') {
        port.disconnect();
        return reject(errorFromInfo(report.error as ErrorInfo));
      }
      const release = async () => {
        try {
          port.postMessage({ type: 'file:release' });
        } catch {
          // Already gone: the offscreen document released the file when the port closed.
        }
      };
      resolve({ blobUrl: report.blobUrl, failedIndexes: report.failedIndexes, release });
    });
    port.postMessage({ ...job, jobId, authorization } satisfies OffscreenJob);
  });
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length > 0) return;
  // Two jobs started together must not both try to create the document.
  creating ??= browser.offscreen
    .createDocument({
      url: 'offscreen.html',
      reasons: ['BLOBS'],
      justification: 'Save HQ artifacts and ZIP archives of them to disk.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Has the offscreen document open the stream's address; what it resolves with closes it (the download has begun or failed). */
export async function openStreamInOffscreen(nonce: string): Promise<() => void> {
  await ensureOffscreenDocument();
  const port = browser.runtime.connect({ name: OFFSCREEN_PORT });
  await new Promise<void>((resolve, reject) => {
    // After "opened", the document's closing rejects nothing: a promise settles once.
    port.onDisconnect.addListener(() => reject(new Error('The offscreen document closed before it opened the file.')));
    port.onMessage.addListener((message: unknown) => {
      const parsed = v.safeParse(OffscreenReportSchema, message);
      if (parsed.success && parsed.output.type === 'opened') resolve();
      else if (parsed.success && parsed.output.type === 'failed')
        reject(errorFromInfo(parsed.output.error as ErrorInfo));
    });
    port.postMessage({ type: 'stream:open', jobId: crypto.randomUUID(), nonce } satisfies OffscreenJob);
  });
  return () => {
    try {
      port.postMessage({ type: 'file:release' });
    } catch {
      // Already gone: the document removed the frame when the port closed.
    }
  };
}
