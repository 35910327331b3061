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
import { cleanUpStaleFiles, releaseFile } from '../disk-file-url';
import { makeJobFile } from '../disk-file-of-job';
import { downloadBlobUrl } from './save-to-downloads';
import { streamIntoDownloads } from './stream-to-downloads';
import { whileKeptAlive } from '@/lib/async/keep-alive';
import { endJobProgress, showJobProgress } from '@/lib/toolbar-badge/background/toolbar-badge';
import { watchJob, type JobAsker } from '@/lib/notifications/background/job-notifications';

/**
 * Saves one file from HQ, reported saved only once the whole file is in the
 * person's downloads. Chrome: the service worker fetches it with the token
 * and streams it to the downloads manager (stream-to-downloads.ts), written
 * once. Firefox's background page fetches it to disk and copies it in.
 */
export async function downloadFromHq(
  url: string,
  fileName: string,
  authorization: string,
  signal: AbortSignal,
  askedBy: JobAsker,
): Promise<void> {
  if (typeof URL.createObjectURL === 'function') {
    await saveJobAsFile({ type: 'file:fetch', url }, fileName, authorization, signal, askedBy);
    return;
  }
  const watch = watchJob(askedBy);
  await whileKeptAlive(async () => {
    try {
      const downloadId = await streamIntoDownloads(url, fileName, authorization, signal, openStreamInOffscreen);
      watch.saved(fileName, downloadId, 0);
    } catch (error) {
      watch.failed(fileName, error);
      throw error;
    }
  });
}

/** Has the offscreen document open the stream's address; what it resolves with closes it (the download has begun or failed). */
async function openStreamInOffscreen(nonce: string): Promise<() => void> {
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

let cleaned: Promise<void> = Promise.resolve();

/**
 * The background has just started, so no job of its own is running: files
 * of jobs that died with an earlier one (a crash, a killed browser) go.
 * Jobs wait for this, so it never removes the file of one that just began.
 */
export function cleanUpJobFilesAtStart(): void {
  cleaned =
    typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function'
      ? cleanUpStaleFiles().catch(() => {})
      : Promise.resolve();
}

/**
 * Makes a file on disk — a ZIP built here, or an artifact fetched with the
 * token — and saves it as `fileName` through the downloads manager; resolves
 * once the file is complete in the person's downloads. Firefox's background
 * page can make blob URLs itself; Chrome's service worker cannot, so an
 * offscreen document does it there.
 */
export async function saveJobAsFile(
  job: FileJob,
  fileName: string,
  authorization: string,
  /** The session's: a sign-out stops the job — no request after it, no file left — and it fails with the signal's reason. */
  signal: AbortSignal,
  /** Whether an outcome that ends unseen gets a notification (lib/notifications). */
  askedBy: JobAsker,
  onProgress: (progress: ZipProgress) => void = () => {},
): Promise<{ failedIndexes: number[] }> {
  await cleaned;
  signal.throwIfAborted();
  const jobId = crypto.randomUUID();
  const local = typeof URL.createObjectURL === 'function';
  const watch = watchJob(askedBy);
  // A ZIP's progress shows on the toolbar button too, for whoever closed the popup.
  const progress = (report: ZipProgress) => {
    if (job.type === 'zip:build') showJobProgress(jobId, report.done, report.total);
    onProgress(report);
  };
  // A long job must outlive Chrome's limits for a service worker's event.
  return whileKeptAlive(async () => {
    let made: MadeFile | undefined;
    try {
      made =
        local || job.type !== 'zip:build'
          ? await makeLocally(jobId, job, authorization, progress, signal)
          : await makeInOffscreen(jobId, job, authorization, progress, signal);
      const downloadId = await downloadBlobUrl(made.blobUrl, fileName, signal);
      watch.saved(fileName, downloadId, made.failedIndexes.length);
      return { failedIndexes: made.failedIndexes };
    } catch (error) {
      watch.failed(fileName, error);
      throw error;
    } finally {
      endJobProgress(jobId);
      await made?.release();
    }
  });
}

interface MadeFile {
  blobUrl: string;
  /** Files of a ZIP that could not be fetched, by index in its sources. */
  failedIndexes: number[];
  /** Deletes the file once the downloads manager has its copy (or gave up). */
  release(): Promise<void>;
}

async function makeLocally(
  jobId: string,
  job: FileJob,
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  signal: AbortSignal,
): Promise<MadeFile> {
  const { blobUrl, failedIndexes } = await makeJobFile(jobId, job, authorization, onProgress, signal);
  return { blobUrl, failedIndexes, release: () => releaseFile(jobId, blobUrl) };
}

/** The job on a port of its own to the offscreen document: the token goes to that document alone. */
async function makeInOffscreen(
  jobId: string,
  job: Extract<FileJob, { type: 'zip:build' }>,
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  signal: AbortSignal,
): Promise<MadeFile> {
  await ensureOffscreenDocument();
  signal.throwIfAborted();
  const port = browser.runtime.connect({ name: OFFSCREEN_PORT });
  return new Promise<MadeFile>((resolve, reject) => {
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
