import { describe, expect, it } from 'vitest';
import { arrivals, arrivalsByConversation } from '@/lib/new-artifacts/arrivals';
import { badgeFace } from '@/lib/toolbar-badge/badge-face';
import { notificationId, notificationTarget } from '@/lib/notifications/notification-ids';
import type { HqArtifact } from '@/lib/hq/hq-types';

const artifact = (id: string, created_at: string, conversation_id: string | null = 'c1'): HqArtifact => ({
  id,
  name: `${id}.pdf`,
  content_type: 'application/pdf',
  size_bytes: 1,
  caption: null,
  sensitive: false,
  created_at,
  conversation_id,
  conversation_title: conversation_id ? `Title ${conversation_id}` : null,
  download_url: `/v1/api/artifacts/${id}/download`,
});

describe('what arrived since the last look', () => {
  const before = [artifact('b', '2026-06-10T09:00:00Z'), artifact('a', '2026-06-10T08:00:00Z')];

  it('is nothing at the first look: a new install does not call the whole workspace new', () => {
    expect(arrivals(undefined, before, new Set(), 'newest')).toEqual([]);
  });

  it('is what the fresh list holds that the last one and the popup did not', () => {
    const fresh = [artifact('d', '2026-06-10T11:00:00Z'), artifact('c', '2026-06-10T10:00:00Z'), ...before];
    expect(arrivals(before, fresh, new Set(['c']), 'newest').map((a) => a.id)).toEqual(['d']);
  });

  it('is not an old artifact pushed back into HQ’s capped newest 500 by a deletion', () => {
    const full = Array.from({ length: 500 }, (_, i) =>
      artifact(`n${i}`, new Date(Date.UTC(2026, 5, 10, 12) - i * 60_000).toISOString()),
    );
    const afterDelete = [...full.slice(1), artifact('old', '2026-01-01T00:00:00Z')];
    expect(arrivals(full, afterDelete, new Set(), 'newest')).toEqual([]);
    // A conversation's list is whole: an older file in it is still one the last list lacked.
    expect(
      arrivals(before, [...before, artifact('old', '2026-01-01T00:00:00Z')], new Set(), 'conversation'),
    ).toHaveLength(1);
  });

  it('groups by conversation for the notification, detached ones apart', () => {
    const groups = arrivalsByConversation([
      artifact('x', '2026-06-10T09:00:00Z', 'c1'),
      artifact('y', '2026-06-10T09:00:00Z', 'c1'),
      artifact('z', '2026-06-10T09:00:00Z', null),
    ]);
    expect(groups).toEqual([
      { conversationId: 'c1', title: 'Title c1', count: 2 },
      { conversationId: null, title: null, count: 1 },
    ]);
  });
});

describe('the toolbar badge', () => {
  it('shows ZIP progress first, then a failure, then the new count', () => {
    const jobs = [{ done: 3, total: 20 }];
    expect(badgeFace({ newCount: 4, alert: 'HQ is busy.', jobs }).text).toBe('15%');
    expect(badgeFace({ newCount: 4, alert: 'HQ is busy.', jobs: [] })).toMatchObject({
      text: '!',
      title: 'HQ Artifacts — HQ is busy.',
    });
    expect(badgeFace({ newCount: 4, alert: null, jobs: [] })).toMatchObject({
      text: '4',
      title: 'HQ Artifacts — 4 new artifacts',
    });
    expect(badgeFace({ newCount: 1, alert: null, jobs: [] }).title).toBe('HQ Artifacts — 1 new artifact');
    expect(badgeFace({ newCount: 250, alert: null, jobs: [] }).text).toBe('99+');
    expect(badgeFace({ newCount: 0, alert: null, jobs: [] })).toMatchObject({ text: '', title: 'HQ Artifacts' });
  });

  it('never says 100 % before the ZIP is saved', () => {
    expect(badgeFace({ newCount: 0, alert: null, jobs: [{ done: 20, total: 20 }] }).text).toBe('99%');
  });
});

describe('what a click on a notification does', () => {
  it('is carried in its id, so it still works after the background restarted', () => {
    expect(notificationTarget(notificationId({ kind: 'saved', downloadId: 42 }, 'u'))).toEqual({
      kind: 'saved',
      downloadId: 42,
    });
    const conversation = 'c1000000-0000-4000-8000-000000000001';
    expect(notificationTarget(notificationId({ kind: 'new', conversationId: conversation }, 'u'))).toEqual({
      kind: 'new',
      conversationId: conversation,
    });
    expect(notificationTarget(notificationId({ kind: 'new', conversationId: null }, 'u'))).toEqual({
      kind: 'new',
      conversationId: null,
    });
    expect(notificationTarget('someone-else')).toBeNull();
  });
});
