import { describe, expect, it } from 'vitest';
import type { HqArtifact, HqConversationRow } from '@/lib/hq/hq-types';
import {
  EMPTY_INDEX,
  FULL_WALK_EVERY_MS,
  applyConversationPage,
  conversationsToList,
  finishWalk,
  forgetArtifact,
  mergeWorkspace,
  setConversationArtifacts,
  startWalk,
  walkProgress,
  walkReachedEnd,
  type WorkspaceIndex,
} from '@/lib/workspace-index/workspace-index';

const row = (id: string, last: string, count: number, title: string | null = `Conversation ${id}`): HqConversationRow => ({
  id, title, last_activity_at: last, artifact_count: count, agent: { display_name: 'Data Viz' },
});
const artifact = (id: string, created: string, extra: Partial<HqArtifact> = {}): HqArtifact => ({
  id, name: `${id}.txt`, content_type: 'text/plain', size_bytes: 1, caption: null, sensitive: false, created_at: created,
  conversation_id: null, conversation_title: null, download_url: `/v1/api/artifacts/${id}/download`, ...extra,
});

/** One full walk over `rows`, listing each conversation with `lists[id]`. */
function indexed(rows: HqConversationRow[], lists: Record<string, HqArtifact[]>, now = 1000): WorkspaceIndex {
  let index: WorkspaceIndex = { ...EMPTY_INDEX, walk: startWalk(EMPTY_INDEX, now) };
  index = applyConversationPage(index, index.walk!, rows, rows.length).index;
  for (const c of conversationsToList(index)) index = setConversationArtifacts(index, c.id, lists[c.id] ?? []);
  return finishWalk(index, now);
}

describe('workspace index', () => {
  it('lists new conversations, but not empty ones, and fills in their conversation fields', () => {
    let index: WorkspaceIndex = { ...EMPTY_INDEX, walk: startWalk(EMPTY_INDEX, 0) };
    const { index: after, changed } = applyConversationPage(index, index.walk!, [row('c1', '2026-01-02', 2), row('c2', '2026-01-01', 0)], 2);
    expect(changed).toBe(true);
    expect(conversationsToList(after).map((c) => c.id)).toEqual(['c1']);
    index = setConversationArtifacts(after, 'c1', [artifact('a1', '2025-01-01')]);
    expect(index.conversations.c1!.artifacts![0]).toMatchObject({ conversation_id: 'c1', conversation_title: 'Conversation c1' });
    expect(conversationsToList(index)).toEqual([]);
  });

  it('lists again only what moved: new activity or a different artifact count', () => {
    const first = indexed([row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)], { c1: [artifact('a1', '2025')], c2: [artifact('a2', '2025')] });
    const walk = startWalk(first, 2000);
    expect(walk.full).toBe(false); // a full walk ran moments ago
    const same = applyConversationPage({ ...first, walk }, walk, [row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)], 2);
    expect(same.changed).toBe(false);
    expect(conversationsToList(same.index)).toEqual([]);
    const moved = applyConversationPage({ ...first, walk }, walk, [row('c2', '2026-02-01', 2), row('c1', '2026-01-02', 0)], 2);
    expect(moved.changed).toBe(true);
    expect(conversationsToList(moved.index).map((c) => c.id)).toEqual(['c2']);
    expect(moved.index.conversations.c1!.artifacts).toEqual([]); // its only artifact was deleted elsewhere
  });

  it('walks everything again once a day, and then forgets conversations HQ no longer has', () => {
    const first = indexed([row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)], { c1: [artifact('a1', '2025')], c2: [artifact('a2', '2025')] });
    const walk = startWalk(first, 1000 + FULL_WALK_EVERY_MS);
    expect(walk.full).toBe(true);
    const after = applyConversationPage({ ...first, walk }, walk, [row('c1', '2026-01-02', 1)], 1).index;
    expect(Object.keys(finishWalk(after, 5).conversations)).toEqual(['c1']);
    // An incremental walk that stopped early must not drop what it did not reach.
    const quick = startWalk(first, 2000);
    const partial = applyConversationPage({ ...first, walk: quick }, quick, [row('c1', '2026-01-02', 1)], 2).index;
    expect(Object.keys(finishWalk(partial, 5).conversations).sort()).toEqual(['c1', 'c2']);
  });

  it('knows when the last page was read', () => {
    const walk = { ...startWalk(EMPTY_INDEX, 0), nextPage: 2, total: 100 };
    expect(walkReachedEnd(walk, 100)).toBe(true);
    expect(walkReachedEnd({ ...walk, total: 250 }, 100)).toBe(false);
    expect(walkReachedEnd({ ...walk, total: null }, 42)).toBe(true);
  });

  it('merges the newest list and the index: each artifact once, newest first, the newest list’s row (with its caption) winning', () => {
    const index = indexed([row('c1', '2026', 2)], { c1: [artifact('old', '2024-01-01'), artifact('new', '2026-01-01')] });
    const newest = [artifact('new', '2026-01-01', { caption: 'From the workspace list', conversation_id: 'c1' }), artifact('detached', '2025-06-01')];
    const merged = mergeWorkspace(newest, index);
    expect(merged.map((a) => a.id)).toEqual(['new', 'detached', 'old']);
    expect(merged[0]!.caption).toBe('From the workspace list');
    expect(merged[2]).toMatchObject({ conversation_id: 'c1', conversation_title: 'Conversation c1' });
  });

  it('forgets an artifact deleted here, with the count HQ will report next', () => {
    const index = forgetArtifact(indexed([row('c1', '2026', 2)], { c1: [artifact('a1', '2025'), artifact('a2', '2025')] }), 'a1');
    expect(index.conversations.c1).toMatchObject({ artifactCount: 1 });
    expect(index.conversations.c1!.artifacts!.map((a) => a.id)).toEqual(['a2']);
  });

  it('reports progress as conversations done of HQ’s total', () => {
    let index: WorkspaceIndex = { ...EMPTY_INDEX, walk: startWalk(EMPTY_INDEX, 0) };
    index = applyConversationPage(index, index.walk!, [row('c1', '2', 1), row('c2', '1', 1), row('c3', '0', 0)], 412).index;
    index = setConversationArtifacts(index, 'c1', [artifact('a1', '2025')]);
    expect(walkProgress(index)).toEqual({ done: 2, total: 412 });
  });
});
