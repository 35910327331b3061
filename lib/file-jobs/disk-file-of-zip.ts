import type { ZipProgress } from '@/lib/model/file-job-results';
import { writeDiskFile } from '@/lib/file-jobs/disk-file-url';
import { fetchWithToken } from '@/lib/file-jobs/fetch-with-token';
import { writeZip, type ErrorsText, type ZipSource } from './zip-writer';

/**
 * Builds the archive straight into a disk-backed file (disk-file-url.ts; in
 * the file-job worker). Returns which files could not be fetched, by their
 * index in `sources` (they are listed in the archive's _errors.txt).
 */
export async function zipToDiskFile(
  jobId: string,
  sources: ZipSource[],
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  errorsText: ErrorsText,
  /** Ends the whole archive (a sign-out), not file by file. */
  signal?: AbortSignal,
): Promise<{ failedIndexes: number[] }> {
  let failedIndexes: number[] = [];
  await writeDiskFile(jobId, async (target) => {
    const fetchFrom = (url: string, fromByte: number) =>
      fetchWithToken(url, authorization, undefined, fromByte, signal);
    ({ failedIndexes } = await writeZip(sources, fetchFrom, target, onProgress, {
      errorsText,
      ...(signal ? { signal } : {}),
    }));
  });
  return { failedIndexes };
}
