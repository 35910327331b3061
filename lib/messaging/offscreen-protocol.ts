import * as v from 'valibot';
import type { ErrorInfo } from './errors';

/*
 * Background ↔ offscreen document (Chrome only), one port per job: the
 * background connects, sends the job — a ZIP built from many artifacts —
 * and hears progress and then a blob URL the downloads manager can save; it
 * says "release" (or the port closes) and the document deletes the file.
 * A single file is a "stream:open" job: the document opens the service
 * worker's stream address in a frame, says "opened", and removes the frame
 * when released; it gets no token. A runtime message would reach every
 * open page of the extension (they listen for notices); a port reaches only
 * pages that listen for connections, and the offscreen document is the one
 * page that does, so the Authorization header for the job goes there alone.
 */
export const OFFSCREEN_PORT = 'offscreen-job';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
// A URL that does not parse fails its own entry (a line in _errors.txt), not the whole job.
const Source = v.strictObject({
  name: v.string(),
  url: v.string(),
  createdAt: v.optional(v.string()),
  folder: v.optional(v.nullable(v.string())),
});
const JobId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

/** The first message on a job's port. */
export const OffscreenJobSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('zip:build'),
    jobId: JobId,
    sources: v.array(Source),
    errorsText: v.strictObject({
      missing: v.pipe(v.string(), v.maxLength(2000)),
      unlisted: v.optional(v.pipe(v.string(), v.maxLength(2000))),
    }),
    authorization: v.string(),
  }),
  // Chrome's single files: open a stream address of the service worker's in a frame, so it becomes a download.
  v.strictObject({ type: v.literal('stream:open'), jobId: JobId, nonce: v.pipe(v.string(), v.uuid()) }),
]);

/** Where the service worker answers a one-time stream (stream-to-downloads.ts), followed by its nonce. */
export const STREAM_PATH = '/download-stream/';

/** The last one: the file has been saved (or failed to be); delete it. */
export const OffscreenReleaseSchema = v.strictObject({ type: v.literal('file:release') });

/** What the offscreen document says on a job's port. */
export const OffscreenReportSchema = v.variant('type', [
  v.strictObject({ type: v.literal('progress'), done: Count, total: Count, failed: Count }),
  v.strictObject({
    type: v.literal('made'),
    blobUrl: v.pipe(v.string(), v.startsWith('blob:')),
    failedIndexes: v.pipe(v.array(Count), v.maxLength(100_000)),
  }),
  v.strictObject({ type: v.literal('failed'), error: v.looseObject({ kind: v.string(), message: v.string() }) }),
  v.strictObject({ type: v.literal('opened') }),
]);

/** A job as the background describes it, before it is sent with its id and token. */
export type FileJob =
  /** `errorsText`: the words of its _errors.txt, in the person's language. */
  | {
      type: 'zip:build';
      sources: Array<v.InferOutput<typeof Source>>;
      errorsText: { missing: string; unlisted?: string };
    }
  | { type: 'file:fetch'; url: string };

export type OffscreenJob = v.InferOutput<typeof OffscreenJobSchema>;
/** `failed`: how many files of a ZIP could not be fetched so far; `failedIndexes`: which, by index in its sources (listed in its _errors.txt). */
export type OffscreenReport =
  | { type: 'progress'; done: number; total: number; failed: number }
  | { type: 'made'; blobUrl: string; failedIndexes: number[] }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'opened' };
