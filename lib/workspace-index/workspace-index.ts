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
  artifactCount: number;
  /** As last listed; null = new or changed since, to be listed again. */
  artifacts: HqArtifact[] | null;
}

/** A walk of the conversation list in progress: saved after every step, so a stopped service worker resumes it. */
export interface Walk {
  nextPage: number;
  /** Full: every page, and conversations not seen are gone. Otherwise it stops at the first page where nothing changed. */
  full: boolean;
  seen: string[];
  /** Conversations HQ says there are, once a page told us. */
  total: number | null;
  startedAt: number;
}

export interface WorkspaceIndex {
  conversations: Record<string, IndexedConversation>;
  walk: Walk | null;
  /** When the last full walk finished; null = never. */
  fullWalkAt: number | null;
}

export const EMPTY_INDEX: WorkspaceIndex = { conversations: {}, walk: null, fullWalkAt: null };

export const CONVERSATION_PAGE_SIZE = 100;

/** A full walk now and then catches what an incremental one cannot see: artifacts deleted elsewhere in quiet conversations, deleted conversations. */
export const FULL_WALK_EVERY_MS = 24 * 60 * 60 * 1000;

export function startWalk(index: WorkspaceIndex, now: number, forceFull = false): Walk {
  const full = forceFull || index.fullWalkAt === null || now - index.fullWalkAt >= FULL_WALK_EVERY_MS;
  return { nextPage: 1, full, seen: [], total: null, startedAt: now };
}

/**
 * Takes in one page of conversations (sort=recent). A conversation whose
 * last activity or artifact count moved is marked for listing. Returns the
 * index with the walk advanced, and whether anything on the page changed.
 */
export function applyConversationPage(index: WorkspaceIndex, walk: Walk, rows: readonly HqConversationRow[], total: number | null): { index: WorkspaceIndex; changed: boolean } {
  const conversations = { ...index.conversations };
  let changed = false;
  for (const row of rows) {
    const known = conversations[row.id];
    const moved = !known || known.lastActivityAt !== row.last_activity_at || known.artifactCount !== row.artifact_count;
    const title = row.title;
    const agent = row.agent?.display_name ?? null;
    // Nothing to list in a conversation without artifacts.
    const artifacts = moved ? (row.artifact_count === 0 ? [] : null) : known.artifacts;
    if (moved || known.artifacts === null) changed = true;
    conversations[row.id] = { id: row.id, title, agent, lastActivityAt: row.last_activity_at, artifactCount: row.artifact_count, artifacts: artifacts?.map((a) => ({ ...a, conversation_title: title })) ?? null };
  }
  const seen = [...walk.seen, ...rows.map((row) => row.id)];
  return { index: { ...index, conversations, walk: { ...walk, nextPage: walk.nextPage + 1, seen, total: total ?? walk.total } }, changed };
}

/** Whether the walk has read the last page. */
export function walkReachedEnd(walk: Walk, lastPageSize: number): boolean {
  if (lastPageSize < CONVERSATION_PAGE_SIZE) return true;
  return walk.total !== null && (walk.nextPage - 1) * CONVERSATION_PAGE_SIZE >= walk.total;
}

/** Conversations waiting to be listed, newest activity first. */
export function conversationsToList(index: WorkspaceIndex): IndexedConversation[] {
  return Object.values(index.conversations)
    .filter((c) => c.artifacts === null)
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}

/** A conversation's list from HQ, which carries no conversation fields: they are filled in, so the row can link back. */
export function setConversationArtifacts(index: WorkspaceIndex, conversationId: string, artifacts: readonly HqArtifact[]): WorkspaceIndex {
  const conversation = index.conversations[conversationId];
  if (!conversation) return index;
  const filled = artifacts.map((a) => ({ ...a, conversation_id: conversationId, conversation_title: conversation.title }));
  return { ...index, conversations: { ...index.conversations, [conversationId]: { ...conversation, artifacts: filled, artifactCount: filled.length } } };
}

/** HQ no longer has this conversation (404). */
export function dropConversation(index: WorkspaceIndex, conversationId: string): WorkspaceIndex {
  const { [conversationId]: _gone, ...conversations } = index.conversations;
  return { ...index, conversations };
}

/** Ends the walk; after a full one, conversations HQ did not list any more are gone. */
export function finishWalk(index: WorkspaceIndex, now: number): WorkspaceIndex {
  const walk = index.walk;
  if (!walk) return index;
  if (!walk.full) return { ...index, walk: null };
  const seen = new Set(walk.seen);
  const conversations = Object.fromEntries(Object.entries(index.conversations).filter(([id]) => seen.has(id)));
  return { conversations, walk: null, fullWalkAt: now };
}

/** An artifact deleted here: gone from its conversation too, with the count HQ will now report. */
export function forgetArtifact(index: WorkspaceIndex, artifactId: string): WorkspaceIndex {
  for (const conversation of Object.values(index.conversations)) {
    if (!conversation.artifacts?.some((a) => a.id === artifactId)) continue;
    const artifacts = conversation.artifacts.filter((a) => a.id !== artifactId);
    return { ...index, conversations: { ...index.conversations, [conversation.id]: { ...conversation, artifacts, artifactCount: artifacts.length } } };
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
  return [...byId.values()].sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : a.id.localeCompare(b.id)));
}

/** How far a walk has come: conversations listed (or unchanged) of those HQ has. */
export function walkProgress(index: WorkspaceIndex): { done: number; total: number | null } {
  const walk = index.walk;
  if (!walk) return { done: Object.keys(index.conversations).length, total: Object.keys(index.conversations).length };
  const done = walk.seen.filter((id) => index.conversations[id]?.artifacts !== null).length;
  return { done, total: walk.total };
}
