import type { ListGap } from './list-gap';

/* How a file job went: a ZIP's progress while it runs, and what it holds. */

export interface ZipProgress {
  done: number;
  total: number;
  failed: number;
}

export interface ZipResult {
  fileName: string;
  /** Artifacts asked for. */
  count: number;
  /** Of those, how many could not be downloaded (listed in the archive's _errors.txt). */
  failed: number;
  /** 'server' = HQ's own ZIP; 'extension' = built here (fallback). */
  builtBy: 'server' | 'extension';
  /** The conversation's list from HQ came up short: what it lacks (lib/model/list-gap.ts). */
  unlisted?: ListGap;
}
