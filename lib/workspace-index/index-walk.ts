import type { HqConversationRow } from '@/lib/hq/hq-types';
import type { Walk, WorkspaceIndex } from './workspace-index';

/*
 * The walk of HQ's conversation list that keeps the index current: pure
 * steps over the index record (the background's index-walker.ts runs them).
 */

export const CONVERSATION_PAGE_SIZE = 100;

/** A full walk now and then catches what an incremental one cannot see: artifacts deleted elsewhere in quiet conversations, deleted conversations. */
export const FULL_WALK_EVERY_MS = 24 * 60 * 60 * 1000;

export function startWalk(index: WorkspaceIndex, now: number, forceFull = false): Walk {
  const full = forceFull || index.fullWalkAt === null || now - index.fullWalkAt >= FULL_WALK_EVERY_MS;
  return { nextPage: 1, full, seen: [], total: null, settled: true, startedAt: now };
}

/**
 * Takes in one page of conversations (sort=recent). A conversation whose
 * last activity or artifact count moved is marked for listing. Returns the
 * index with the walk advanced, whether anything on the page changed, and
 * how many of its conversations this walk had not seen yet.
 */
export function applyConversationPage(
  index: WorkspaceIndex,
  walk: Walk,
  rows: readonly HqConversationRow[],
  total: number | null,
): { index: WorkspaceIndex; changed: boolean; fresh: number } {
  const conversations = { ...index.conversations };
  const inWalk = new Set(walk.seen);
  let changed = false;
  let fresh = 0;
  for (const row of rows) {
    if (!inWalk.has(row.id)) fresh += 1;
    inWalk.add(row.id);
    const known = conversations[row.id];
    const moved = !known || known.lastActivityAt !== row.last_activity_at || known.artifactCount !== row.artifact_count;
    const title = row.title;
    const agent = row.agent?.display_name ?? null;
    // Until it is listed again, a moved conversation keeps what it had: nothing vanishes from the popup meanwhile.
    const previous = known?.artifacts?.map((a) => ({ ...a, conversation_title: title })) ?? null;
    // Nothing to list in a conversation without artifacts.
    const empty = moved && row.artifact_count === 0;
    const stale = empty ? false : moved || (known?.stale ?? true);
    if (stale) changed = true;
    conversations[row.id] = {
      id: row.id,
      title,
      agent,
      lastActivityAt: row.last_activity_at,
      artifactCount: row.artifact_count,
      artifacts: empty ? [] : previous,
      stale,
      missing: empty ? 0 : (known?.missing ?? 0),
    };
  }
  const seen = [...inWalk];
  const settled =
    walk.settled && fresh === rows.length && (total === null || walk.total === null || total === walk.total);
  return {
    index: {
      ...index,
      conversations,
      walk: { ...walk, nextPage: walk.nextPage + 1, seen, total: total ?? walk.total, settled },
    },
    changed,
    fresh,
  };
}

/**
 * Whether the walk has read the last page: a short page (by the rows HQ
 * sent), `total` reached, or a full page with no conversation not already
 * seen in this walk (HQ ignoring `page` would otherwise be asked for ever).
 */
export function walkReachedEnd(walk: Walk, lastPage: { received: number; fresh: number }): boolean {
  if (lastPage.received < CONVERSATION_PAGE_SIZE || lastPage.fresh === 0) return true;
  return walk.total !== null && (walk.nextPage - 1) * CONVERSATION_PAGE_SIZE >= walk.total;
}

/**
 * Ends the walk. After a full one, conversations HQ did not list any more
 * are gone — but only when the pages read add up to HQ's `total` and fit
 * together (see Walk.settled): a short or empty page, a list that moved
 * under the walk, or a server that does not say, must never drop a
 * conversation that is still there. Such a walk counts what it could not
 * reach, and the next refresh walks everything again.
 */
export function finishWalk(index: WorkspaceIndex, now: number): WorkspaceIndex {
  const walk = index.walk;
  if (!walk) return index;
  if (!walk.full) return { ...index, walk: null };
  const seen = new Set(walk.seen);
  if (walk.total === null || seen.size < walk.total || !walk.settled) {
    return { ...index, walk: null, unreached: walk.total === null ? 0 : Math.max(0, walk.total - seen.size) };
  }
  const conversations = Object.fromEntries(Object.entries(index.conversations).filter(([id]) => seen.has(id)));
  return { conversations, walk: null, fullWalkAt: now, unreached: 0 };
}

/** How far a walk has come: conversations listed (or unchanged) of those HQ has. */
export function walkProgress(index: WorkspaceIndex): { done: number; total: number | null } {
  const walk = index.walk;
  if (!walk) return { done: Object.keys(index.conversations).length, total: Object.keys(index.conversations).length };
  const done = walk.seen.filter((id) => index.conversations[id]?.stale === false).length;
  return { done, total: walk.total };
}
