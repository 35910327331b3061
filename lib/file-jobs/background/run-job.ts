import type { ZipProgress } from '@/lib/model/file-job-results';
import type { FileJob } from '@/lib/messaging/offscreen-protocol';
import { cleanUpStaleFiles, releaseFile } from '../disk-file-url';
import { makeJobFile } from '../file-job-in-worker';
import { downloadBlobUrl } from './save-to-downloads';
import { streamIntoDownloads } from './stream-to-downloads';
import { downloadWithManager } from './manager-download';
import { makeInOffscreen, openStreamInOffscreen, type OffscreenFile } from './offscreen-jobs';
import { whileKeptAlive } from '@/lib/async/keep-alive';
import { endJobProgress, showJobProgress } from '@/lib/toolbar-badge/background/toolbar-badge';
import { watchJob, type JobAsker } from '@/lib/notifications/background/job-notifications';

/**
 * Saves one file from HQ, reported saved only once the whole file is in the
 * person's downloads, written there once. Chrome: the service worker streams
 * it to the downloads manager (stream-to-downloads.ts). Firefox: its
 * downloads manager fetches it (manager-download.ts); when HQ's answer was
 * not the file, the background page fetches it to disk and copies it in,
 * which says why in plain words — or gets the file after all.
 */
export async function downloadFromHq(
  url: string,
  fileName: string,
  authorization: string,
  signal: AbortSignal,
  askedBy: JobAsker,
): Promise<void> {
  // Decided by the build, not by what this context has: a Chrome build never hands the token to a downloads manager.
  const inFirefox = import.meta.env.BROWSER === 'firefox';
  const watch = watchJob(askedBy);
  const downloadId = await whileKeptAlive(async () => {
    try {
      return inFirefox
        ? await downloadWithManager(url, fileName, authorization, signal)
        : await streamIntoDownloads(url, fileName, authorization, signal, openStreamInOffscreen);
    } catch (error) {
      watch.failed(fileName, error);
      throw error;
    }
  });
  if (downloadId !== null) return watch.saved(fileName, downloadId, 0);
  await saveJobAsFile({ type: 'file:fetch', url }, fileName, authorization, signal, askedBy);
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
      // Chrome's single files never come here (they stream), so the offscreen document only builds ZIPs.
      made =
        local || job.type !== 'zip:build'
          ? await makeLocally(jobId, job, authorization, progress, signal)
          : await makeInOffscreen(jobId, job, authorization, progress, signal);
      const downloadId = await downloadBlobUrl(made.blobUrl, fileName, signal);
      watch.saved(fileName, downloadId, made.failedIndexes.length);
      // The file is complete in Downloads: deleting our copy (tens of ms for a large one) need not hold back "Saved".
      made.release().catch(() => {});
      return { failedIndexes: made.failedIndexes };
    } catch (error) {
      watch.failed(fileName, error);
      // A failed job asks for its copy to go before it returns the failure, as before (the sign-out tests look at once).
      await made?.release();
      throw error;
    } finally {
      endJobProgress(jobId);
    }
  });
}

/** A job's file on disk, wherever it was made. */
type MadeFile = OffscreenFile;

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
