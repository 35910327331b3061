import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { OFFSCREEN_TARGET, OffscreenRequestSchema, type OffscreenReply } from '@/lib/messaging/offscreen-protocol';
import { sendMessage } from '@/lib/messaging/send-message';
import { cleanUpStaleArchives, releaseZipFile, zipToFileUrl } from '@/lib/zip/zip-file';

// Chrome's service worker has no URL.createObjectURL; this hidden page builds ZIPs for it.
const blobUrls = new Map<string, string>();

// A document that starts has no jobs: archives left by one that died are garbage.
void cleanUpStaleArchives();

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if ((message as { target?: unknown } | null)?.target !== OFFSCREEN_TARGET) return undefined;
  // Only our own background may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return Promise.resolve<OffscreenReply>({ ok: false, message: 'denied' });
  const parsed = v.safeParse(OffscreenRequestSchema, message);
  if (!parsed.success) return Promise.resolve<OffscreenReply>({ ok: false, message: v.summarize(parsed.issues) });
  const request = parsed.output;

  if (request.type === 'zip:release') {
    const url = blobUrls.get(request.jobId);
    blobUrls.delete(request.jobId);
    return releaseZipFile(request.jobId, url).then((): OffscreenReply => ({ ok: true }));
  }
  return zipToFileUrl(request.jobId, request.sources, request.authorization, (progress) => {
    void sendMessage('zip:progress', { jobId: request.jobId, ...progress });
  }).then(
    (blobUrl): OffscreenReply => {
      blobUrls.set(request.jobId, blobUrl);
      return { ok: true, blobUrl };
    },
    async (error: unknown): Promise<OffscreenReply> => {
      await releaseZipFile(request.jobId, undefined);
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    },
  );
});
