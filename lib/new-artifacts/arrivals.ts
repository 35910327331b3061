import type { HqArtifact } from '@/lib/hq/hq-types';

/** HQ's workspace list holds at most this many, newest first (hq-api.md). */
const NEWEST_CAP = 500;

/**
 * The artifacts in a fresh list that were not there at the last look, nor
 * anywhere else the extension knew of: what arrived since. No earlier list
 * means this is the first look — nothing is new then, or a fresh install
 * would call the whole workspace new. In HQ's capped newest-first list, an
 * artifact older than everything the last full list held is one pushed back
 * into view by a deletion, not a new one.
 */
export function arrivals(
  previous: readonly HqArtifact[] | undefined,
  fresh: readonly HqArtifact[],
  known: ReadonlySet<string>,
  list: 'newest' | 'conversation',
): HqArtifact[] {
  if (!previous) return [];
  const before = new Set(previous.map((a) => a.id));
  const oldestBefore =
    list === 'newest' && previous.length >= NEWEST_CAP
      ? previous.reduce((oldest, a) => (a.created_at < oldest ? a.created_at : oldest), previous[0]!.created_at)
      : '';
  return fresh.filter((a) => !before.has(a.id) && !known.has(a.id) && a.created_at >= oldestBefore);
}

/** New artifacts by conversation, for "3 new artifacts in ‘Q3 revenue analysis’"; detached ones under null. */
export function arrivalsByConversation(
  artifacts: readonly HqArtifact[],
): Array<{ conversationId: string | null; title: string | null; count: number }> {
  const groups = new Map<string | null, { conversationId: string | null; title: string | null; count: number }>();
  for (const a of artifacts) {
    const group = groups.get(a.conversation_id);
    if (group) group.count += 1;
    else groups.set(a.conversation_id, { conversationId: a.conversation_id, title: a.conversation_title, count: 1 });
  }
  return [...groups.values()];
}
