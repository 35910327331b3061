import { describe, expect, it } from 'vitest';
import { conversationIdFromPageUrl, deleteConfirmed } from '@/lib/hq/hq-assumptions';

const ID = '0b6f3a52-8c1e-4f7a-9d2b-3e4f5a6b7c8d';

describe('conversationIdFromPageUrl', () => {
  it('finds the UUID after /conversations/ or /c/', () => {
    expect(conversationIdFromPageUrl(`https://hq.zone/conversations/${ID}`)).toBe(ID);
    expect(conversationIdFromPageUrl(`https://team.hq.zone/c/${ID}?tab=files#m3`)).toBe(ID);
    expect(conversationIdFromPageUrl(`https://hq.zone/w/acme/conversations/${ID}/`)).toBe(ID);
  });

  it('lower-cases the id so one conversation has one key', () => {
    expect(conversationIdFromPageUrl(`https://hq.zone/c/${ID.toUpperCase()}`)).toBe(ID);
  });

  it('ignores other pages and near misses', () => {
    for (const url of [
      'https://hq.zone/',
      'https://hq.zone/conversations',
      'https://hq.zone/conversations/new',
      `https://hq.zone/conversation/${ID}`,
      `https://hq.zone/conversations/${ID}x`,
      `https://hq.zone/artifacts?c=${ID}`,
      'not a url',
    ]) {
      expect(conversationIdFromPageUrl(url), url).toBeNull();
    }
  });
});

describe('deleteConfirmed', () => {
  it('trusts a 2xx unless the body says deleted: false', () => {
    expect(deleteConfirmed(200, { id: ID, deleted: true })).toBe(true);
    expect(deleteConfirmed(204, null)).toBe(true);
    expect(deleteConfirmed(200, { id: ID, deleted: false })).toBe(false);
    expect(deleteConfirmed(404, { error: 'not found' })).toBe(false);
  });
});
