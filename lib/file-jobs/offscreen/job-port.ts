import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { knownErrorInfo } from '@/lib/messaging/errors';
import type { ZipProgress } from '@/lib/model/file-job-results';
import {
  OFFSCREEN_PORT,
  OffscreenJobSchema,
  OffscreenReleaseSchema,
  type FileJob,
  type OffscreenJob,
  type OffscreenReport,
} from '@/lib/messaging/offscreen-protocol';

/*
 * The offscreen document's side of a file job (Chrome: the service worker has
 * no URL.createObjectURL). One port per job: the first message is the job,
 * reports go back on it, and the background says when the file may go.
 */

type Port = Pick<Browser.runtime.Port, 'name' | 'sender' | 'postMessage' | 'disconnect' | 'onMessage' | 'onDisconnect'>;

export interface JobPortDeps {
  /** This extension's id, and the address of its service worker: the only sender served. */
  runtimeId: string;
  backgroundUrl: string;
  /** Settles once files left by an earlier document are gone, so a new job's file is never among them. */
  ready: Promise<unknown>;
  makeFile(
    jobId: string,
    job: FileJob,
    authorization: string,
    onProgress: (progress: ZipProgress) => void,
    signal: AbortSignal,
  ): Promise<{ blobUrl: string; failedIndexes: number[] }>;
  releaseFile(jobId: string, blobUrl: string): Promise<void>;
  /** Opens the service worker's stream address for `nonce` so it becomes a download; the returned function closes it. */
  openStream(nonce: string): () => void;
}

/** Only our own background may ask: the service worker, not a page or a tab. */
function isFromBackground(sender: Port['sender'], runtimeId: string, backgroundUrl: string): boolean {
  return sender?.id === runtimeId && !sender.tab && sender.url === backgroundUrl;
}

/** Serves one job on `port`; any other port, or another sender, is left alone or closed. */
export function serveJobPort(port: Port, deps: JobPortDeps): void {
  if (port.name !== OFFSCREEN_PORT) return;
  if (!isFromBackground(port.sender, deps.runtimeId, deps.backgroundUrl)) return port.disconnect();
  let made: Promise<{ jobId: string; blobUrl: string | undefined }> | undefined;
  let released = false;
  let closeStream: (() => void) | undefined;
  // The port closing before the file is made (a sign-out, the background gone) stops the job: no more requests, no file left.
  const job = new AbortController();
  // Once the background saved the file, or went away: after the job, so a file is never deleted while it is written.
  const release = () => {
    if (released || !made) return;
    released = true;
    closeStream?.();
    void made.then(({ jobId, blobUrl }) => (blobUrl ? deps.releaseFile(jobId, blobUrl) : undefined));
  };
  port.onDisconnect.addListener(() => {
    job.abort(new Error('The background closed the job.'));
    release();
  });
  port.onMessage.addListener((message: unknown) => {
    if (!made) {
      const parsed = v.safeParse(OffscreenJobSchema, message);
      if (!parsed.success) {
        say(port, { type: 'failed', error: { kind: 'invalid', message: v.summarize(parsed.issues) } });
        return port.disconnect();
      }
      const { jobId } = parsed.output;
      if (parsed.output.type === 'stream:open') {
        // Closed like a file is released: once the download has begun or failed, or the background went away.
        closeStream = deps.openStream(parsed.output.nonce);
        made = Promise.resolve({ jobId, blobUrl: undefined });
        say(port, { type: 'opened' });
        return;
      }
      made = run(parsed.output, port, deps, job.signal).then((blobUrl) => ({ jobId, blobUrl }));
      return;
    }
    if (v.is(OffscreenReleaseSchema, message)) {
      release();
      port.disconnect();
    }
  });
}

/** Makes the job's file and reports on the port; resolves with its URL, or undefined when it failed (and left nothing). */
async function run(
  request: Extract<OffscreenJob, { type: 'zip:build' }>,
  port: Port,
  deps: JobPortDeps,
  signal: AbortSignal,
): Promise<string | undefined> {
  try {
    await deps.ready;
    const { jobId, authorization, ...fileJob } = request;
    const onProgress = (progress: ZipProgress) => say(port, { type: 'progress', ...progress });
    const { blobUrl, failedIndexes } = await deps.makeFile(jobId, fileJob, authorization, onProgress, signal);
    say(port, { type: 'made', blobUrl, failedIndexes });
    return blobUrl;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(port, { type: 'failed', error: knownErrorInfo(error) ?? { kind: 'internal', message } });
    return undefined;
  }
}

function say(port: Port, report: OffscreenReport): void {
  try {
    port.postMessage(report);
  } catch {
    // The background went away; the disconnect releases the file.
  }
}
