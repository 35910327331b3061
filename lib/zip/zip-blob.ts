import { buildZip, type ZipProgress, type ZipSource } from './build-zip';

/**
 * Builds the archive into a Blob (Chrome keeps large blobs on disk, not in
 * this page's memory) and returns an object URL for the downloads manager.
 * Runs where URL.createObjectURL exists: Chrome's offscreen document,
 * Firefox's background page.
 */
export async function zipToBlobUrl(
  sources: ZipSource[],
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
): Promise<string> {
  const fetchOne = (url: string) => fetch(url, { headers: { Authorization: authorization }, credentials: 'omit', cache: 'no-store' });
  return URL.createObjectURL(await buildZip(sources, fetchOne, onProgress).blob());
}
