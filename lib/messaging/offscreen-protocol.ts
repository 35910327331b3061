import * as v from 'valibot';
import type { ErrorInfo } from './errors';

/*
 * Background → offscreen document (Chrome only): make a file on disk — a ZIP
 * built from many artifacts, or one artifact fetched with the token — and
 * answer with a blob URL the downloads manager can save; then release it.
 * The offscreen document is one of our own pages, so it may hold the
 * Authorization header for the job.
 */
export const OFFSCREEN_TARGET = 'offscreen';

// A URL that does not parse fails its own entry (a line in _errors.txt), not the whole job.
const Source = v.strictObject({ name: v.string(), url: v.string(), createdAt: v.optional(v.string()), folder: v.optional(v.nullable(v.string())) });
const Job = { target: v.literal(OFFSCREEN_TARGET), jobId: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)) };

export const OffscreenRequestSchema = v.variant('type', [
  v.strictObject({ ...Job, type: v.literal('zip:build'), sources: v.array(Source), authorization: v.string() }),
  v.strictObject({ ...Job, type: v.literal('file:fetch'), url: v.string(), authorization: v.string() }),
  v.strictObject({ ...Job, type: v.literal('file:release') }),
]);

/** A job as the background describes it, before it is addressed to the offscreen document. */
export type FileJob =
  | { type: 'zip:build'; sources: Array<v.InferOutput<typeof Source>> }
  | { type: 'file:fetch'; url: string };

/** `failed`: files of a ZIP that could not be fetched (listed in its _errors.txt). */
export type OffscreenReply = { ok: true; blobUrl?: string; failed?: number } | { ok: false; error: ErrorInfo };
