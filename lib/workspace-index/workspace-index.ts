import type { HqArtifact, HqConversationRow } from '@/lib/hq/hq-types';

/*
 * The whole workspace, beyond HQ's newest 500: every conversation with the
 * artifacts it had when last listed. Pure functions over one record; the
 * background's index-walker.ts fetches and stores it.
 */

export interface IndexedConversation {
  id: string;
  title: string | null;
  agent: string | null;
  lastActivityAt: string;
  /** HQ's `artifact_count` on the conversations list (lowered by deletes made here). */
  artifactCount: number;
  /** As last listed; null = never listed. */
  artifacts: HqArtifact[] | null;
  /** To be listed (again): new, moved since it was listed, or listed short at the start of this walk. */
  stale: boolean;
  /** Artifacts HQ counts here that its last listing did not bring: 0 when complete. */
  missing: number;
}

/** A walk of the conversation list in progress: saved after every step, so a stopped service worker resumes it. */
export interface Walk {
  nextPage: number;
  /** Full: every page, and conversations not seen are gone. Otherwise it stops at the first page where nothing changed. */
  full: boolean;
  seen: string[];
  /** Conversations HQ says there are, once a page told us. */
  total: number | null;
  /**
   * The pages read so far fit together: HQ's `total` never moved between
   * them and no page brought a conversation an earlier one had. A list that
   * moved under the walk (a conversation deleted or started meanwhile) may
   * have shifted one past it, so the walk cannot tell who is gone.
   */
  settled: boolean;
  startedAt: number;
}

export interface WorkspaceIndex {
  conversations: Record<string, IndexedConversation>;
  walk: Walk | null;
  /** When the last complete full walk finished; null = never. */
  fullWalkAt: number | null;
  /** Conversations HQ's total counts that the last full walk could not reach (HQ would not page to them). */
  unreached: number;
}

export const EMPTY_INDEX: WorkspaceIndex = { conversations: {}, walk: null, fullWalkAt: null, unreached: 0 };

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

/** A new walk asks again for every conversation whose last listing came up short of HQ's count. */
export function relistIncomplete(index: WorkspaceIndex): WorkspaceIndex {
  const short = Object.values(index.conversations).filter((c) => c.missing > 0 && !c.stale);
  if (short.length === 0) return index;
  const conversations = { ...index.conversations };
  for (const c of short) conversations[c.id] = { ...c, stale: true };
  return { ...index, conversations };
}

/** Conversations waiting to be listed, newest activity first. */
export function conversationsToList(index: WorkspaceIndex): IndexedConversation[] {
  return Object.values(index.conversations)
    .filter((c) => c.stale)
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}

/**
 * A conversation's list from HQ, which carries no conversation fields: they
 * are filled in, so the row can link back. Fewer than HQ's count is kept,
 * and remembered as missing, so it is said and asked for again.
 */
export function setConversationArtifacts(
  index: WorkspaceIndex,
  conversationId: string,
  artifacts: readonly HqArtifact[],
): WorkspaceIndex {
  const conversation = index.conversations[conversationId];
  if (!conversation) return index;
  const filled = artifacts.map((a) => ({
    ...a,
    conversation_id: conversationId,
    conversation_title: conversation.title,
  }));
  const missing = Math.max(0, conversation.artifactCount - filled.length);
  return {
    ...index,
    conversations: {
      ...index.conversations,
      [conversationId]: { ...conversation, artifacts: filled, stale: false, missing },
    },
  };
}

/** Artifacts HQ counts that no listing brought, in how many conversations, and conversations the last full walk could not reach. */
export function unlistedArtifacts(index: WorkspaceIndex): {
  artifacts: number;
  conversations: number;
  unreached: number;
} {
  const short = Object.values(index.conversations).filter((c) => c.missing > 0);
  return {
    artifacts: short.reduce((sum, c) => sum + c.missing, 0),
    conversations: short.length,
    unreached: index.unreached,
  };
}

/** HQ no longer has this conversation (404). */
export function dropConversation(index: WorkspaceIndex, conversationId: string): WorkspaceIndex {
  const { [conversationId]: _gone, ...conversations } = index.conversations;
  return { ...index, conversations };
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

/** An artifact deleted here: gone from its conversation too, with the count HQ will now report. */
export function forgetArtifact(index: WorkspaceIndex, artifactId: string): WorkspaceIndex {
  for (const conversation of Object.values(index.conversations)) {
    if (!conversation.artifacts?.some((a) => a.id === artifactId)) continue;
    const artifacts = conversation.artifacts.filter((a) => a.id !== artifactId);
    return {
      ...index,
      conversations: {
        ...index.conversations,
        [conversation.id]: { ...conversation, artifacts, artifactCount: Math.max(0, conversation.artifactCount - 1) },
      },
    };
  }
  return index;
}

/**
 * The popup's list: HQ's newest 500 (which carry captions, and detached
 * artifacts no conversation lists) with every older artifact the index
 * found, newest first, each once.
 */
export function mergeWorkspace(newest: readonly HqArtifact[], index: WorkspaceIndex): HqArtifact[] {
  const byId = new Map<string, HqArtifact>();
  for (const conversation of Object.values(index.conversations)) {
    for (const artifact of conversation.artifacts ?? []) byId.set(artifact.id, artifact);
  }
  for (const artifact of newest) byId.set(artifact.id, artifact);
  return [...byId.values()].sort((a, b) =>
    a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : a.id.localeCompare(b.id),
  );
}

/** How far a walk has come: conversations listed (or unchanged) of those HQ has. */
export function walkProgress(index: WorkspaceIndex): { done: number; total: number | null } {
  const walk = index.walk;
  if (!walk) return { done: Object.keys(index.conversations).length, total: Object.keys(index.conversations).length };
  const done = walk.seen.filter((id) => index.conversations[id]?.stale === false).length;
  return { done, total: walk.total };
}
