import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { OffscreenRequestSchema, type OffscreenReply } from '@/lib/messages/offscreen-protocol';
import { zipToBlobUrl } from '@/lib/zip/zip-blob';

// Chrome's service worker has no URL.createObjectURL; this hidden page builds ZIPs for it.
const blobUrls = new Map<string, string>();

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if ((message as { target?: unknown } | null)?.target !== 'offscreen') return undefined;
  // Only our own background may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return Promise.resolve<OffscreenReply>({ ok: false, message: 'denied' });
  const parsed = v.safeParse(OffscreenRequestSchema, message);
  if (!parsed.success) return Promise.resolve<OffscreenReply>({ ok: false, message: v.summarize(parsed.issues) });
  const request = parsed.output;

  if (request.type === 'zip:release') {
    const url = blobUrls.get(request.jobId);
    if (url) URL.revokeObjectURL(url);
    blobUrls.delete(request.jobId);
    return Promise.resolve<OffscreenReply>({ ok: true });
  }
  return zipToBlobUrl(request.sources, request.authorization, (progress) => {
    void browser.runtime.sendMessage({ type: 'zip:progress', payload: { jobId: request.jobId, ...progress } }).catch(() => {});
  }).then(
    (blobUrl): OffscreenReply => {
      blobUrls.set(request.jobId, blobUrl);
      return { ok: true, blobUrl };
    },
    (error: unknown): OffscreenReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
