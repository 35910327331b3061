import { plural } from '@/lib/i18n/messages';
/*
 * Cross-checking a conversation's list against HQ's own count of it, so a
 * short list is said, never passed off as the whole conversation.
 */

/**
 * A conversation's list is short of what HQ counts: `listed` read, `expected`
 * by HQ's `artifact_count` — or null when HQ gave no count but repeated a
 * full page, so it may hold more than any request can reach.
 */
export interface ListGap {
  listed: number;
  expected: number | null;
}

/**
 * What the list lacks: fewer than HQ's `artifact_count` (when known), or —
 * with no count to go by — a list HQ would not page past. null when nothing
 * says it is short. More than the count is not a gap (the agent delivered
 * one since the count was read).
 */
export function listGap(listed: number, expected: number | null, mayHaveMore: boolean): ListGap | null {
  if (expected !== null) return expected > listed ? { listed, expected } : null;
  return mayHaveMore ? { listed, expected: null } : null;
}

/** The gap in plain words, for the ZIP's outcome, its _errors.txt and the page panel. */
export function listGapWords({ listed, expected }: ListGap): string {
  if (expected === null) return plural('listGap_mayHaveMore', listed);
  return plural('listGap_missing', expected, listed, expected - listed);
}
