import type { ZipProgress } from '@/lib/model/file-job-results';
import type { FileJob } from '@/lib/messaging/offscreen-protocol';
import { errorFromInfo } from '@/lib/messaging/errors';
import { diskFileUrl } from './disk-file-url';
import type { FromFileJobWorker, ToFileJobWorker } from './worker/worker-protocol';

/**
 * Makes a job's file on disk — a ZIP built here, or one artifact fetched
 * with the token — in a dedicated worker of its own, and returns its object
 * URL. Runs where blob URLs can be made (Chrome's offscreen document,
 * Firefox's background page). A job that fails leaves no file behind; one
 * ended by `signal` (a sign-out) fails with the signal's reason once the
 * worker has stopped and removed its file.
 */
export async function makeJobFile(
  jobId: string,
  job: FileJob,
  authorization: string,
  onProgress: (progress: ZipProgress) => void,
  signal?: AbortSignal,
): Promise<{ blobUrl: string; failedIndexes: number[] }> {
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./worker/file-job-worker.ts', import.meta.url), { type: 'module' });
  const tell = (message: ToFileJobWorker) => worker.postMessage(message);
  const stop = () => tell({ type: 'abort' });
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const { failedIndexes } = await new Promise<{ failedIndexes: number[] }>((resolve, reject) => {
      worker.onerror = (event) => reject(new Error(event.message || 'The file job’s worker failed.'));
      worker.onmessage = ({ data }: MessageEvent<FromFileJobWorker>) => {
        if (data.type === 'progress') onProgress({ done: data.done, total: data.total, failed: data.failed });
        else if (data.type === 'made') resolve({ failedIndexes: data.failedIndexes });
        else reject(signal?.aborted ? signal.reason : errorFromInfo(data.error));
      };
      tell({ type: 'start', jobId, job, authorization });
    });
    return { blobUrl: await diskFileUrl(jobId), failedIndexes };
  } finally {
    signal?.removeEventListener('abort', stop);
    worker.terminate();
  }
}
