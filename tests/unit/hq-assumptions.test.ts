import { describe, expect, it } from 'vitest';
import { conversationIdFromPageUrl, conversationPageUrl, deleteConfirmed } from '@/lib/hq/hq-assumptions';

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

describe('conversationPageUrl', () => {
  const id = '0b9a3c6e-1f2d-4e5f-8a9b-0c1d2e3f4a5b';
  it('links to the conversation page the panel recognises, with or without a trailing slash or a base path', () => {
    expect(conversationPageUrl('https://hq.zone', id)).toBe(`https://hq.zone/conversations/${id}`);
    expect(conversationPageUrl('https://hq.zone/', id)).toBe(`https://hq.zone/conversations/${id}`);
    expect(conversationPageUrl('https://example.com/studio', id)).toBe(
      `https://example.com/studio/conversations/${id}`,
    );
    expect(conversationIdFromPageUrl(conversationPageUrl('http://127.0.0.1:8080', id))).toBe(id);
  });
  it('cannot be steered elsewhere by a strange id', () => {
    expect(conversationPageUrl('https://hq.zone', '../../evil.com/x?y#z')).toBe(
      'https://hq.zone/conversations/..%2F..%2Fevil.com%2Fx%3Fy%23z',
    );
  });
});
