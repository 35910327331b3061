import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { knownErrorInfo } from '@/lib/messaging/errors';
import { OFFSCREEN_PORT, OffscreenJobSchema, OffscreenReleaseSchema, type OffscreenJob, type OffscreenReport } from '@/lib/messaging/offscreen-protocol';
import { cleanUpStaleFiles, releaseFile } from '@/lib/downloads/disk-file';
import { fetchToFileUrl } from '@/lib/downloads/fetch-to-file';
import { zipToFileUrl } from '@/lib/zip/zip-file';

// Chrome's service worker has no URL.createObjectURL; this hidden page makes files for it, one port per job.

// A document that starts has no jobs: files left by one that died are garbage.
// Jobs wait for this, so it never removes the file of a job that just began.
const cleaned = cleanUpStaleFiles().catch(() => {});

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== OFFSCREEN_PORT) return;
  // Only our own background may ask: the service worker, not a page or a tab.
  if (port.sender?.id !== browser.runtime.id || port.sender.tab || port.sender.url !== browser.runtime.getURL('/background.js')) {
    port.disconnect();
    return;
  }
  let job: OffscreenJob | undefined;
  let blobUrl: string | undefined;
  let released = false;
  const release = () => {
    if (released || !job) return;
    released = true;
    void releaseFile(job.jobId, blobUrl);
  };
  // The background saved the file, or died: either way the file has done its work.
  port.onDisconnect.addListener(release);

  port.onMessage.addListener((message: unknown) => {
    if (!job) {
      const parsed = v.safeParse(OffscreenJobSchema, message);
      if (!parsed.success) return fail(port, { kind: 'invalid', message: v.summarize(parsed.issues) });
      job = parsed.output;
      void run(job, port).then((url) => {
        blobUrl = url;
        if (released && url) void releaseFile(job!.jobId, url);
      });
      return;
    }
    if (v.is(OffscreenReleaseSchema, message)) {
      release();
      port.disconnect();
    }
  });
});

/** Makes the job's file and reports on the port; resolves with its URL, or undefined when it failed. */
async function run(job: OffscreenJob, port: Browser.runtime.Port): Promise<string | undefined> {
  const say = (report: OffscreenReport) => {
    try {
      port.postMessage(report);
    } catch {
      // The background went away; the disconnect releases the file.
    }
  };
  try {
    await cleaned;
    const { blobUrl, failed } =
      job.type === 'zip:build'
        ? await zipToFileUrl(job.jobId, job.sources, job.authorization, (progress) => say({ type: 'progress', ...progress }))
        : { blobUrl: await fetchToFileUrl(job.jobId, job.url, job.authorization), failed: 0 };
    say({ type: 'made', blobUrl, failed });
    return blobUrl;
  } catch (error) {
    await releaseFile(job.jobId, undefined);
    say({ type: 'failed', error: knownErrorInfo(error) ?? { kind: 'internal', message: error instanceof Error ? error.message : String(error) } });
    return undefined;
  }
}

function fail(port: Browser.runtime.Port, error: { kind: 'invalid'; message: string }): void {
  port.postMessage({ type: 'failed', error } satisfies OffscreenReport);
  port.disconnect();
}
