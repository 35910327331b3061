import type { ErrorInfo } from '@/lib/messaging/errors';
import type { FileJob } from '@/lib/messaging/offscreen-protocol';

/*
 * A page ↔ the dedicated worker it started for one file job
 * (file-job-worker.ts). Only that page can reach the worker.
 */

export type ToFileJobWorker =
  | { type: 'start'; jobId: string; job: FileJob; authorization: string }
  /** Stop fetching and writing; the worker answers "failed" once the file is gone. */
  | { type: 'abort' };

export type FromFileJobWorker =
  | { type: 'progress'; done: number; total: number; failed: number }
  | { type: 'made'; failedIndexes: number[] }
  | { type: 'failed'; error: ErrorInfo };
