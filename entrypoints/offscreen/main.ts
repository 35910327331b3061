import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { knownErrorInfo } from '@/lib/messaging/errors';
import {
  OFFSCREEN_PORT,
  OffscreenJobSchema,
  OffscreenReleaseSchema,
  type OffscreenJob,
  type OffscreenReport,
} from '@/lib/messaging/offscreen-protocol';
import { cleanUpStaleFiles, releaseFile } from '@/lib/file-jobs/disk-file-url';
import { makeJobFile } from '@/lib/file-jobs/disk-file-of-job';

// Chrome's service worker has no URL.createObjectURL; this hidden page makes files for it, one port per job.

// A document that starts has no jobs: files left by one that died are garbage.
// Jobs wait for this, so it never removes the file of a job that just began.
const cleaned = cleanUpStaleFiles().catch(() => {});

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== OFFSCREEN_PORT) return;
  // Only our own background may ask: the service worker, not a page or a tab.
  if (
    port.sender?.id !== browser.runtime.id ||
    port.sender.tab ||
    port.sender.url !== browser.runtime.getURL('/background.js')
  ) {
    port.disconnect();
    return;
  }
  let made: Promise<{ jobId: string; blobUrl: string | undefined }> | undefined;
  let released = false;
  // The port closing before the file is made (a sign-out, the background gone) stops the job: no more requests, no file left.
  const job = new AbortController();
  // Once the background saved the file, or went away: after the job, so a file is never deleted while it is written.
  const release = () => {
    if (released || !made) return;
    released = true;
    void made.then(({ jobId, blobUrl }) => (blobUrl ? releaseFile(jobId, blobUrl) : undefined));
  };
  port.onDisconnect.addListener(() => {
    job.abort(new Error('The background closed the job.'));
    release();
  });

  port.onMessage.addListener((message: unknown) => {
    if (!made) {
      const parsed = v.safeParse(OffscreenJobSchema, message);
      if (!parsed.success) return fail(port, { kind: 'invalid', message: v.summarize(parsed.issues) });
      const request = parsed.output;
      made = run(request, port, job.signal).then((blobUrl) => ({ jobId: request.jobId, blobUrl }));
      return;
    }
    if (v.is(OffscreenReleaseSchema, message)) {
      release();
      port.disconnect();
    }
  });
});

/** Makes the job's file and reports on the port; resolves with its URL, or undefined when it failed (and left nothing). */
async function run(job: OffscreenJob, port: Browser.runtime.Port, signal: AbortSignal): Promise<string | undefined> {
  const say = (report: OffscreenReport) => {
    try {
      port.postMessage(report);
    } catch {
      // The background went away; the disconnect releases the file.
    }
  };
  try {
    await cleaned;
    const { jobId, authorization, ...fileJob } = job;
    const { blobUrl, failed } = await makeJobFile(
      jobId,
      fileJob,
      authorization,
      (progress) => say({ type: 'progress', ...progress }),
      signal,
    );
    say({ type: 'made', blobUrl, failed });
    return blobUrl;
  } catch (error) {
    say({
      type: 'failed',
      error: knownErrorInfo(error) ?? {
        kind: 'internal',
        message: error instanceof Error ? error.message : String(error),
      },
    });
    return undefined;
  }
}

function fail(port: Browser.runtime.Port, error: { kind: 'invalid'; message: string }): void {
  port.postMessage({ type: 'failed', error } satisfies OffscreenReport);
  port.disconnect();
}
