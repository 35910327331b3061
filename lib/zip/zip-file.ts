import type { ZipProgress } from '@/lib/messaging/payloads';
import { streamToFileUrl } from '@/lib/downloads/disk-file';
import { fetchWithToken } from '@/lib/downloads/fetch-with-token';
import { buildZip, type ZipSource } from './build-zip';

/**
 * Builds the archive straight into a disk-backed file (see disk-file.ts).
 * Returns its object URL for the downloads manager, and how many files could
 * not be fetched (they are listed in the archive's _errors.txt).
 */
export async function zipToFileUrl(
  jobId: string,
  sources: ZipSource[],
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
): Promise<{ blobUrl: string; failed: number }> {
  let failed = 0;
  const zip = buildZip(sources, (url) => fetchWithToken(url, authorization), (progress) => {
    failed = progress.failed;
    onProgress(progress);
  });
  const blobUrl = await streamToFileUrl(jobId, zip.body!);
  return { blobUrl, failed };
}
