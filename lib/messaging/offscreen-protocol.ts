import * as v from 'valibot';

/*
 * Background → offscreen document (Chrome only): build a ZIP into a blob URL
 * the downloads manager can save, then release it. The offscreen document is
 * one of our own pages, so it may hold the Authorization header for the job.
 */
export const OFFSCREEN_TARGET = 'offscreen';

const Source = v.strictObject({ name: v.string(), url: v.pipe(v.string(), v.url()), createdAt: v.optional(v.string()) });

export const OffscreenRequestSchema = v.variant('type', [
  v.strictObject({
    target: v.literal(OFFSCREEN_TARGET),
    type: v.literal('zip:build'),
    jobId: v.string(),
    sources: v.array(Source),
    authorization: v.string(),
  }),
  v.strictObject({ target: v.literal(OFFSCREEN_TARGET), type: v.literal('zip:release'), jobId: v.string() }),
]);

export type OffscreenReply = { ok: true; blobUrl?: string } | { ok: false; message: string };
