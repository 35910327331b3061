import { browser } from 'wxt/browser';
import { errorFromInfo } from '@/lib/messaging/errors';
import type { ZipProgress } from '@/lib/messaging/payloads';
import { OFFSCREEN_TARGET, type FileJob, type OffscreenReply } from '@/lib/messaging/offscreen-protocol';
import { fetchToFileUrl } from '../fetch-to-file';
import { releaseFile } from '../disk-file';
import { zipToFileUrl } from '@/lib/zip/zip-file';
import { downloadBlobUrl } from './download-file';

/** Progress callbacks of running jobs, fed by the offscreen document's reports. */
const progressListeners = new Map<string, (progress: ZipProgress) => void>();

export function reportJobProgress(jobId: string, progress: ZipProgress): void {
  progressListeners.get(jobId)?.(progress);
}

/**
 * Saves one file from HQ. The bytes are fetched with the token, streamed to
 * disk, and reported saved only once the whole file is in the person's
 * downloads.
 */
export async function downloadFromHq(url: string, fileName: string, authorization: string): Promise<void> {
  await saveJobAsFile({ type: 'file:fetch', url }, fileName, authorization);
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
  onProgress: (progress: ZipProgress) => void = () => {},
): Promise<{ failed: number }> {
  const jobId = crypto.randomUUID();
  progressListeners.set(jobId, onProgress);
  // Chrome stops a service worker whose one event runs past 5 minutes; an extension API call now and then keeps a long job alive.
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => {}), 25_000);
  const local = typeof URL.createObjectURL === 'function';
  let blobUrl: string | undefined;
  try {
    const made = local ? await makeLocally(jobId, job, authorization, onProgress) : await makeInOffscreen(jobId, job, authorization);
    blobUrl = made.blobUrl;
    await downloadBlobUrl(blobUrl, fileName);
    return { failed: made.failed };
  } finally {
    clearInterval(keepAlive);
    progressListeners.delete(jobId);
    if (local) await releaseFile(jobId, blobUrl);
    else void browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, type: 'file:release', jobId }).catch(() => {});
  }
}

interface MadeFile {
  blobUrl: string;
  /** Files of a ZIP that could not be fetched. */
  failed: number;
}

async function makeLocally(jobId: string, job: FileJob, authorization: string, onProgress: (progress: ZipProgress) => void): Promise<MadeFile> {
  if (job.type === 'file:fetch') return { blobUrl: await fetchToFileUrl(jobId, job.url, authorization), failed: 0 };
  return zipToFileUrl(jobId, job.sources, authorization, onProgress);
}

async function makeInOffscreen(jobId: string, job: FileJob, authorization: string): Promise<MadeFile> {
  await ensureOffscreenDocument();
  const reply = (await browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, jobId, authorization, ...job })) as OffscreenReply | undefined;
  if (!reply) throw new Error('The offscreen document did not answer.');
  if (!reply.ok) throw errorFromInfo(reply.error);
  if (!reply.blobUrl) throw new Error('The offscreen document made no file.');
  return { blobUrl: reply.blobUrl, failed: reply.failed ?? 0 };
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length > 0) return;
  // Two jobs started together must not both try to create the document.
  creating ??= browser.offscreen
    .createDocument({ url: 'offscreen.html', reasons: ['BLOBS'], justification: 'Save HQ artifacts and ZIP archives of them to disk.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}
