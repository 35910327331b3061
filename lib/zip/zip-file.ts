import type { ZipProgress } from '@/lib/messaging/payloads';
import { streamToFileUrl } from '@/lib/downloads/disk-file';
import { fetchWithToken } from '@/lib/downloads/fetch-with-token';
import { buildZip, type ZipSource } from './build-zip';

/**
 * Builds the archive straight into a disk-backed file (see disk-file.ts) and
 * returns its object URL for the downloads manager.
 */
export async function zipToFileUrl(
  jobId: string,
  sources: ZipSource[],
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
): Promise<string> {
  return streamToFileUrl(jobId, buildZip(sources, (url) => fetchWithToken(url, authorization), onProgress).body!);
}
