import type { ZipProgress } from '@/lib/model/file-job-results';
import type { FileJob } from '@/lib/messaging/offscreen-protocol';
import { zipToDiskFile } from '@/lib/file-jobs/disk-file-of-zip';
import { releaseFile } from './disk-file-url';
import { fetchToDiskFile } from './disk-file-of-artifact';

/**
 * Worker only: makes a job's file on disk — a ZIP built here, or one
 * artifact fetched with the token. A job that fails leaves no file behind.
 */
export async function makeDiskFile(
  jobId: string,
  job: FileJob,
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  /** Ends the job (a sign-out): it stops fetching and writing, fails with the signal's reason, and leaves no file. */
  signal?: AbortSignal,
): Promise<{ failedIndexes: number[] }> {
  try {
    if (job.type === 'file:fetch') {
      await fetchToDiskFile(jobId, job.url, authorization, signal);
      return { failedIndexes: [] };
    }
    return await zipToDiskFile(jobId, job.sources, authorization, onProgress, job.errorsText, signal);
  } catch (error) {
    await releaseFile(jobId, undefined);
    throw error;
  }
}
