import type { HqArtifact } from '@/lib/hq/hq-types';

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
