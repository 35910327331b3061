import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '@/lib/model/conversation-summary';
import { appendConversationPage } from '@/lib/conversations/conversation-pages';

const conversation = (id: string): ConversationSummary => ({
  id,
  title: id,
  agent: null,
  lastActivityAt: '2026-06-10T09:14:00Z',
  artifactCount: 1,
});
const page = (...ids: string[]) => ids.map(conversation);
const ids = (list: ConversationSummary[]) => list.map((c) => c.id);

describe('the Conversations view’s pages', () => {
  it('adds the next page and offers more until HQ’s total is reached', () => {
    const first = appendConversationPage([], page('a', 'b'), 3);
    expect(first).toMatchObject({ more: true });
    const second = appendConversationPage(first.conversations, page('c'), 3);
    expect(ids(second.conversations)).toEqual(['a', 'b', 'c']);
    expect(second.more).toBe(false);
  });

  it('a server that ignores `page` sends page 1 again: no duplicates, and no endless “Show more”', () => {
    const first = appendConversationPage([], page('a', 'b'), 10);
    const again = appendConversationPage(first.conversations, page('a', 'b'), 10);
    expect(ids(again.conversations)).toEqual(['a', 'b']);
    expect(again.more).toBe(false);
  });

  it('without a total, stops at the first page that brings nobody new (an empty one)', () => {
    const first = appendConversationPage([], page('a'), null);
    expect(first.more).toBe(true);
    expect(appendConversationPage(first.conversations, [], null).more).toBe(false);
  });

  it('a total that counts rows that could not be read does not leave “Show more” on for ever', () => {
    const first = appendConversationPage([], page('a', 'b'), 5);
    expect(appendConversationPage(first.conversations, [], 5).more).toBe(false);
  });

  it('drops a repeat inside one page too', () => {
    expect(ids(appendConversationPage([], page('a', 'a', 'b'), null).conversations)).toEqual(['a', 'b']);
  });
});
