import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { knownErrorInfo } from '@/lib/messaging/errors';
import { OFFSCREEN_TARGET, OffscreenRequestSchema, type OffscreenReply } from '@/lib/messaging/offscreen-protocol';
import { sendMessage } from '@/lib/messaging/send-message';
import { cleanUpStaleFiles, releaseFile } from '@/lib/downloads/disk-file';
import { fetchToFileUrl } from '@/lib/downloads/fetch-to-file';
import { zipToFileUrl } from '@/lib/zip/zip-file';

// Chrome's service worker has no URL.createObjectURL; this hidden page makes files for it.
const blobUrls = new Map<string, string>();

// A document that starts has no jobs: files left by one that died are garbage.
// Jobs wait for this, so it never removes the file of a job that just began.
const cleaned = cleanUpStaleFiles().catch(() => {});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if ((message as { target?: unknown } | null)?.target !== OFFSCREEN_TARGET) return undefined;
  // Only our own background may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return reply({ ok: false, error: { kind: 'denied', message: 'Not from the extension.' } });
  const parsed = v.safeParse(OffscreenRequestSchema, message);
  if (!parsed.success) return reply({ ok: false, error: { kind: 'invalid', message: v.summarize(parsed.issues) } });
  const request = parsed.output;
  const { jobId } = request;

  if (request.type === 'file:release') {
    const url = blobUrls.get(jobId);
    blobUrls.delete(jobId);
    return releaseFile(jobId, url).then((): OffscreenReply => ({ ok: true }));
  }
  const made = cleaned.then(async () =>
    request.type === 'zip:build'
      ? zipToFileUrl(jobId, request.sources, request.authorization, (progress) => void sendMessage('zip:progress', { jobId, ...progress }))
      : { blobUrl: await fetchToFileUrl(jobId, request.url, request.authorization), failed: 0 },
  );
  return made.then(
    ({ blobUrl, failed }): OffscreenReply => {
      blobUrls.set(jobId, blobUrl);
      return { ok: true, blobUrl, failed };
    },
    async (error: unknown): Promise<OffscreenReply> => {
      await releaseFile(jobId, undefined);
      return { ok: false, error: knownErrorInfo(error) ?? { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
    },
  );
});

function reply(answer: OffscreenReply): Promise<OffscreenReply> {
  return Promise.resolve(answer);
}
