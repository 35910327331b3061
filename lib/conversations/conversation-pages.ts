import type { ConversationSummary } from '@/lib/model/conversation-summary';

/**
 * The Conversations view's next page added to what it shows: each
 * conversation once (a server that ignores `page` sends page 1 again), and
 * more to show only while a page brings someone new and HQ's `total`, when
 * it gives one, is not reached.
 */
export function appendConversationPage(
  shown: readonly ConversationSummary[],
  page: readonly ConversationSummary[],
  total: number | null,
): { conversations: ConversationSummary[]; more: boolean } {
  const seen = new Set(shown.map((c) => c.id));
  const fresh = page.filter((c) => !seen.has(c.id) && seen.add(c.id));
  const conversations = [...shown, ...fresh];
  return { conversations, more: fresh.length > 0 && (total === null || conversations.length < total) };
}
