import { browser } from 'wxt/browser';
import type { ZipProgress } from '@/lib/messaging/payloads';
import { OFFSCREEN_TARGET, type OffscreenReply } from '@/lib/messaging/offscreen-protocol';
import { downloadBlobUrl } from '@/lib/downloads/background/download-file';
import type { ZipSource } from '../build-zip';
import { releaseZipFile, zipToFileUrl } from '../zip-file';

/** Progress callbacks of running jobs, fed by the offscreen document's reports. */
const progressListeners = new Map<string, (progress: ZipProgress) => void>();

export function reportZipProgress(jobId: string, progress: ZipProgress): void {
  progressListeners.get(jobId)?.(progress);
}

/**
 * Builds a ZIP of `sources` in the extension and saves it as `fileName`.
 * Firefox's background page can make blob URLs itself; Chrome's service
 * worker cannot, so an offscreen document does it there.
 */
export async function saveZip(sources: ZipSource[], fileName: string, authorization: string, onProgress: (progress: ZipProgress) => void): Promise<void> {
  const jobId = crypto.randomUUID();
  progressListeners.set(jobId, onProgress);
  const local = typeof URL.createObjectURL === 'function';
  let blobUrl: string | undefined;
  try {
    blobUrl = local ? await zipToFileUrl(jobId, sources, authorization, onProgress) : await buildInOffscreen(jobId, sources, authorization);
    await downloadBlobUrl(blobUrl, fileName);
  } finally {
    progressListeners.delete(jobId);
    if (local) await releaseZipFile(jobId, blobUrl);
    else if (blobUrl) void browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, type: 'zip:release', jobId }).catch(() => {});
  }
}

async function buildInOffscreen(jobId: string, sources: ZipSource[], authorization: string): Promise<string> {
  await ensureOffscreenDocument();
  const reply = (await browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, type: 'zip:build', jobId, sources, authorization })) as OffscreenReply | undefined;
  if (!reply?.ok || !reply.blobUrl) throw new Error(`Could not build the ZIP: ${reply && !reply.ok ? reply.message : 'no answer'}`);
  return reply.blobUrl;
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length > 0) return;
  // Two ZIPs started together must not both try to create the document.
  creating ??= browser.offscreen
    .createDocument({ url: 'offscreen.html', reasons: ['BLOBS'], justification: 'Build ZIP archives of HQ artifacts for download.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}
