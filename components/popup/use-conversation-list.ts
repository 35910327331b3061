import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationSummary } from '@/lib/model/conversation-summary';
import { wordsOf } from '@/lib/messaging/errors';
import { sendMessage } from '@/lib/messaging/send-message';
import { appendConversationPage } from '@/lib/conversations/conversation-pages';

export type Listing =
  | { state: 'loading' }
  | { state: 'error'; words: string }
  /** `q`: the search these pages answer ('' for none). */
  | { state: 'ready'; q: string; conversations: ConversationSummary[]; page: number; more: boolean };

/**
 * HQ's conversations for a search, a page at a time ("Show more"). Typing
 * waits a moment before asking HQ: one request per pause, not per key. Only
 * the newest request's answer is shown: one that a new search, a Retry or
 * another request overtook is dropped, so a page of an old search never
 * lands in a new one's list.
 */
export function useConversationList(query: string) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** Numbers the requests: an answer is shown only while its request is still the latest. */
  const latest = useRef(0);

  const load = useCallback(async (q: string, page: number, before: ConversationSummary[]) => {
    const request = (latest.current += 1);
    if (page === 1) setListing({ state: 'loading' });
    const reply = await sendMessage('conversations:list', { page, ...(q ? { q } : {}) });
    if (request !== latest.current) return;
    if (!reply.ok) return setListing({ state: 'error', words: wordsOf(reply.error) });
    const { conversations, more } = appendConversationPage(before, reply.data.conversations, reply.data.total);
    setListing({ state: 'ready', q, conversations, page, more });
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void load(query, 1, []), query ? 300 : 0);
    return () => {
      clearTimeout(timer);
      // Whatever is still on its way was asked for another search (or before a Retry).
      latest.current += 1;
    };
  }, [query, attempt, load]);

  return {
    listing,
    retry: () => setAttempt((n) => n + 1),
    /** The next page of the search shown, added below it. */
    showMore() {
      if (listing.state === 'ready') void load(listing.q, listing.page + 1, listing.conversations);
    },
  };
}
