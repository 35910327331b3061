import type { HqArtifact } from '@/lib/hq/hq-types';
import type { ListGap } from './list-gap';

export interface CachedList {
  artifacts: HqArtifact[];
  /** Epoch ms of the server answer this list came from. */
  fetchedAt: number;
  /** Set on the first screenful stored for the popup's first paint: how many the whole list has. */
  partialOf?: number;
  /** A conversation's list short of HQ's count for it: what it lacks. */
  unlisted?: ListGap;
}
