import type { ZipProgress } from '@/lib/model/file-job-results';
import { writeFileUrl } from '@/lib/file-jobs/disk-file-url';
import { fetchWithToken } from '@/lib/file-jobs/fetch-with-token';
import { writeZip, type ErrorsText, type ZipSource } from './zip-writer';

/**
 * Builds the archive straight into a disk-backed file (see disk-file.ts).
 * Returns its object URL for the downloads manager, and how many files could
 * not be fetched, by their index in `sources` (they are listed in the archive's _errors.txt).
 */
export async function zipToFileUrl(
  jobId: string,
  sources: ZipSource[],
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  errorsText: ErrorsText,
  /** Ends the whole archive (a sign-out), not file by file. */
  signal?: AbortSignal,
): Promise<{ blobUrl: string; failedIndexes: number[] }> {
  let failedIndexes: number[] = [];
  const blobUrl = await writeFileUrl(jobId, async (target) => {
    const fetchFrom = (url: string, fromByte: number) =>
      fetchWithToken(url, authorization, undefined, fromByte, signal);
    ({ failedIndexes } = await writeZip(sources, fetchFrom, target, onProgress, {
      errorsText,
      ...(signal ? { signal } : {}),
    }));
  });
  return { blobUrl, failedIndexes };
}
