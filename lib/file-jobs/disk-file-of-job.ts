import type { ZipProgress } from '@/lib/model/file-job-results';
import type { FileJob } from '@/lib/messaging/offscreen-protocol';
import { zipToFileUrl } from '@/lib/file-jobs/disk-file-of-zip';
import { releaseFile } from './disk-file-url';
import { fetchToFileUrl } from './disk-file-of-artifact';

/**
 * Makes a job's file on disk — a ZIP built here, or one artifact fetched
 * with the token — where blob URLs can be made (Firefox's background page,
 * Chrome's offscreen document). A job that fails leaves no file behind.
 */
export async function makeJobFile(
  jobId: string,
  job: FileJob,
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  /** Ends the job (a sign-out): it stops fetching and writing, fails with the signal's reason, and leaves no file. */
  signal?: AbortSignal,
): Promise<{ blobUrl: string; failedIndexes: number[] }> {
  try {
    if (job.type === 'file:fetch')
      return { blobUrl: await fetchToFileUrl(jobId, job.url, authorization, signal), failedIndexes: [] };
    return await zipToFileUrl(jobId, job.sources, authorization, onProgress, job.errorsText, signal);
  } catch (error) {
    await releaseFile(jobId, undefined);
    throw error;
  }
}
