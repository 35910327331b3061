import { describe, expect, it } from 'vitest';
import type { HqArtifact, HqConversationRow } from '@/lib/hq/hq-types';
import {
  EMPTY_INDEX,
  conversationsToList,
  forgetArtifact,
  mergeWorkspace,
  relistIncomplete,
  setConversationArtifacts,
  unlistedArtifacts,
  type WorkspaceIndex,
} from '@/lib/workspace-index/workspace-index';
import {
  FULL_WALK_EVERY_MS,
  applyConversationPage,
  finishWalk,
  startWalk,
  walkProgress,
  walkReachedEnd,
} from '@/lib/workspace-index/index-walk';

const row = (
  id: string,
  last: string,
  count: number,
  title: string | null = `Conversation ${id}`,
): HqConversationRow => ({
  id,
  title,
  last_activity_at: last,
  artifact_count: count,
  agent: { display_name: 'Data Viz' },
});
const artifact = (id: string, created: string, extra: Partial<HqArtifact> = {}): HqArtifact => ({
  id,
  name: `${id}.txt`,
  content_type: 'text/plain',
  size_bytes: 1,
  caption: null,
  sensitive: false,
  created_at: created,
  conversation_id: null,
  conversation_title: null,
  download_url: `/v1/api/artifacts/${id}/download`,
  ...extra,
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
    const { index: after, changed } = applyConversationPage(
      index,
      index.walk!,
      [row('c1', '2026-01-02', 2), row('c2', '2026-01-01', 0)],
      2,
    );
    expect(changed).toBe(true);
    expect(conversationsToList(after).map((c) => c.id)).toEqual(['c1']);
    index = setConversationArtifacts(after, 'c1', [artifact('a1', '2025-01-01')]);
    expect(index.conversations.c1!.artifacts![0]).toMatchObject({
      conversation_id: 'c1',
      conversation_title: 'Conversation c1',
    });
    expect(conversationsToList(index)).toEqual([]);
  });

  it('lists again only what moved: new activity or a different artifact count', () => {
    const first = indexed([row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)], {
      c1: [artifact('a1', '2025')],
      c2: [artifact('a2', '2025')],
    });
    const walk = startWalk(first, 2000);
    expect(walk.full).toBe(false); // a full walk ran moments ago
    const same = applyConversationPage(
      { ...first, walk },
      walk,
      [row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)],
      2,
    );
    expect(same.changed).toBe(false);
    expect(conversationsToList(same.index)).toEqual([]);
    const moved = applyConversationPage(
      { ...first, walk },
      walk,
      [row('c2', '2026-02-01', 2), row('c1', '2026-01-02', 0)],
      2,
    );
    expect(moved.changed).toBe(true);
    expect(conversationsToList(moved.index).map((c) => c.id)).toEqual(['c2']);
    expect(moved.index.conversations.c1!.artifacts).toEqual([]); // its only artifact was deleted elsewhere
  });

  it('walks everything again once a day, and then forgets conversations HQ no longer has', () => {
    const first = indexed([row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)], {
      c1: [artifact('a1', '2025')],
      c2: [artifact('a2', '2025')],
    });
    const walk = startWalk(first, 1000 + FULL_WALK_EVERY_MS);
    expect(walk.full).toBe(true);
    const after = applyConversationPage({ ...first, walk }, walk, [row('c1', '2026-01-02', 1)], 1).index;
    expect(Object.keys(finishWalk(after, 5).conversations)).toEqual(['c1']);
    // An incremental walk that stopped early must not drop what it did not reach.
    const quick = startWalk(first, 2000);
    const partial = applyConversationPage({ ...first, walk: quick }, quick, [row('c1', '2026-01-02', 1)], 2).index;
    expect(Object.keys(finishWalk(partial, 5).conversations).sort()).toEqual(['c1', 'c2']);
  });

  it('knows when the last page was read: by HQ’s total, a short page, or a page of conversations already seen', () => {
    const walk = { ...startWalk(EMPTY_INDEX, 0), nextPage: 2, total: 100 };
    expect(walkReachedEnd(walk, { received: 100, fresh: 100 })).toBe(true);
    expect(walkReachedEnd({ ...walk, total: 250 }, { received: 100, fresh: 100 })).toBe(false);
    expect(walkReachedEnd({ ...walk, total: null }, { received: 42, fresh: 42 })).toBe(true);
    expect(walkReachedEnd({ ...walk, total: null }, { received: 0, fresh: 0 })).toBe(true);
    // HQ ignoring `page` sends page 1 again: the walk must end, not ask for ever.
    expect(walkReachedEnd({ ...walk, total: null }, { received: 100, fresh: 0 })).toBe(true);
    // A page with unreadable rows is still full by HQ's count.
    expect(walkReachedEnd({ ...walk, total: 250 }, { received: 100, fresh: 97 })).toBe(false);
  });

  it('merges the newest list and the index: each artifact once, newest first, the newest list’s row (with its caption) winning', () => {
    const index = indexed([row('c1', '2026', 2)], {
      c1: [artifact('old', '2024-01-01'), artifact('new', '2026-01-01')],
    });
    const newest = [
      artifact('new', '2026-01-01', { caption: 'From the workspace list', conversation_id: 'c1' }),
      artifact('detached', '2025-06-01'),
    ];
    const merged = mergeWorkspace(newest, index);
    expect(merged.map((a) => a.id)).toEqual(['new', 'detached', 'old']);
    expect(merged[0]!.caption).toBe('From the workspace list');
    expect(merged[2]).toMatchObject({ conversation_id: 'c1', conversation_title: 'Conversation c1' });
  });

  it('forgets an artifact deleted here, with the count HQ will report next', () => {
    const index = forgetArtifact(
      indexed([row('c1', '2026', 2)], { c1: [artifact('a1', '2025'), artifact('a2', '2025')] }),
      'a1',
    );
    expect(index.conversations.c1).toMatchObject({ artifactCount: 1 });
    expect(index.conversations.c1!.artifacts!.map((a) => a.id)).toEqual(['a2']);
  });

  it('reports progress as conversations done of HQ’s total', () => {
    let index: WorkspaceIndex = { ...EMPTY_INDEX, walk: startWalk(EMPTY_INDEX, 0) };
    index = applyConversationPage(
      index,
      index.walk!,
      [row('c1', '2', 1), row('c2', '1', 1), row('c3', '0', 0)],
      412,
    ).index;
    index = setConversationArtifacts(index, 'c1', [artifact('a1', '2025')]);
    expect(walkProgress(index)).toEqual({ done: 2, total: 412 });
  });

  it('keeps a list shorter than HQ’s count, says how much is missing, and asks again on the next walk only', () => {
    let index: WorkspaceIndex = { ...EMPTY_INDEX, walk: startWalk(EMPTY_INDEX, 0) };
    index = applyConversationPage(
      index,
      index.walk!,
      [row('c1', '2026-01-02', 60), row('c2', '2026-01-01', 2)],
      2,
    ).index;
    index = setConversationArtifacts(
      index,
      'c1',
      Array.from({ length: 25 }, (_, i) => artifact(`a${i}`, '2025')),
    );
    index = setConversationArtifacts(index, 'c2', [artifact('b1', '2025'), artifact('b2', '2025')]);
    expect(index.conversations.c1).toMatchObject({ artifactCount: 60, missing: 35, stale: false });
    expect(unlistedArtifacts(index)).toEqual({ artifacts: 35, conversations: 1, unreached: 0 });
    // Not again in this walk (it would loop), but at the start of the next one.
    expect(conversationsToList(index)).toEqual([]);
    index = relistIncomplete(finishWalk(index, 1));
    expect(conversationsToList(index).map((c) => c.id)).toEqual(['c1']);
    // What it had stays in the popup while it is asked again.
    expect(mergeWorkspace([], index)).toHaveLength(27);
    index = setConversationArtifacts(
      index,
      'c1',
      Array.from({ length: 60 }, (_, i) => artifact(`a${i}`, '2025')),
    );
    expect(unlistedArtifacts(index)).toEqual({ artifacts: 0, conversations: 0, unreached: 0 });
    expect(conversationsToList(index)).toEqual([]);
  });

  it('keeps a moved conversation’s artifacts until it is listed again', () => {
    const first = indexed([row('c1', '2026-01-02', 1)], { c1: [artifact('a1', '2025')] });
    const walk = startWalk(first, 2000);
    const moved = applyConversationPage({ ...first, walk }, walk, [row('c1', '2026-03-01', 2)], 1).index;
    expect(conversationsToList(moved).map((c) => c.id)).toEqual(['c1']);
    expect(mergeWorkspace([], moved).map((a) => a.id)).toEqual(['a1']);
  });

  it('a full walk prunes only when the pages it read add up to HQ’s total', () => {
    const first = indexed([row('c1', '2026-01-03', 1), row('c2', '2026-01-02', 1), row('c3', '2026-01-01', 1)], {
      c1: [artifact('a1', '2025')],
      c2: [artifact('a2', '2025')],
      c3: [artifact('a3', '2025')],
    });
    const full = () => startWalk(first, 1000 + FULL_WALK_EVERY_MS);
    // An empty first page must not empty the index, unless HQ itself says it has no conversations.
    for (const total of [3, 100, null]) {
      const walk = full();
      const empty = applyConversationPage({ ...first, walk }, walk, [], total).index;
      expect(Object.keys(finishWalk(empty, 5).conversations).sort(), `total ${total}`).toEqual(['c1', 'c2', 'c3']);
    }
    const none = full();
    expect(finishWalk(applyConversationPage({ ...first, walk: none }, none, [], 0).index, 5).conversations).toEqual({});
    // A short page: two of the three HQ says there are.
    let walk = full();
    const short = applyConversationPage(
      { ...first, walk },
      walk,
      [row('c1', '2026-01-03', 1), row('c2', '2026-01-02', 1)],
      3,
    ).index;
    expect(Object.keys(finishWalk(short, 5).conversations)).toHaveLength(3);
    // All HQ has, read: c3 was deleted in HQ.
    walk = full();
    const whole = applyConversationPage(
      { ...first, walk },
      walk,
      [row('c1', '2026-01-03', 1), row('c2', '2026-01-02', 1)],
      2,
    ).index;
    expect(Object.keys(finishWalk(whole, 5).conversations).sort()).toEqual(['c1', 'c2']);
  });

  it('counts a conversation seen twice in one walk once (HQ repeating a page)', () => {
    let index: WorkspaceIndex = { ...EMPTY_INDEX, walk: startWalk(EMPTY_INDEX, 0) };
    const page = [row('c1', '2026-01-02', 1), row('c2', '2026-01-01', 1)];
    const first = applyConversationPage(index, index.walk!, page, null);
    expect(first.fresh).toBe(2);
    index = first.index;
    const again = applyConversationPage(index, index.walk!, page, null);
    expect(again.fresh).toBe(0);
    expect(again.index.walk!.seen).toEqual(['c1', 'c2']);
  });

  it('a full walk whose list moved under it (a conversation deleted between two pages) drops nobody, counts who it missed, and stays due', () => {
    // Three conversations over pages of two (the real pages are of 100; the walk only compares what it saw).
    const first = indexed([row('c1', '2026-01-03', 1), row('c2', '2026-01-02', 1), row('c3', '2026-01-01', 1)], {
      c1: [artifact('a1', '2025')],
      c2: [artifact('a2', '2025')],
      c3: [artifact('a3', '2025')],
    });
    let walk = startWalk(first, 1000 + FULL_WALK_EVERY_MS);
    let index = applyConversationPage(
      { ...first, walk },
      walk,
      [row('c1', '2026-01-03', 1), row('c2', '2026-01-02', 1)],
      3,
    ).index;
    // c1 is deleted in HQ: everyone moves up one, and c3 would have been on page 1.
    walk = index.walk!;
    index = applyConversationPage(index, walk, [], 2).index;
    expect(index.walk!.settled).toBe(false);
    const finished = finishWalk(index, 5);
    expect(Object.keys(finished.conversations).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(finished.fullWalkAt).toBe(first.fullWalkAt); // the next refresh walks everything again
    expect(unlistedArtifacts(finished).unreached).toBe(0); // HQ now says 2, and 2 were seen: nobody out of reach

    // A page that repeats one already read: the walk cannot tell who is gone either.
    walk = startWalk(first, 1000 + FULL_WALK_EVERY_MS);
    index = applyConversationPage(
      { ...first, walk },
      walk,
      [row('c1', '2026-01-03', 1), row('c2', '2026-01-02', 1)],
      3,
    ).index;
    index = applyConversationPage(index, index.walk!, [row('c2', '2026-01-02', 1)], 3).index;
    const repeated = finishWalk(index, 5);
    expect(Object.keys(repeated.conversations)).toHaveLength(3);
    expect(unlistedArtifacts(repeated).unreached).toBe(1);
  });
});
