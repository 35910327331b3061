import type { Page } from '@playwright/test';
import { test, expect, connectAndOpenPopup } from './fixtures';
import { startHqServer, type HqServer } from '../hq-server/server';

/** The popup lists this many conversations per page (lib/conversations/background/conversation-handlers.ts). */
const PAGE_SIZE = 25;
/** How long HQ takes over the second page: far longer than typing, the search's pause and its answer. */
const SLOW_PAGE_MS = 3000;
/** A topic of the generated workspace: a search for it matches a few conversations, spread over the list. */
const QUERY = 'Hiring plan';

/** The titles HQ answers for a search, newest activity first, as the popup asks for them. */
async function searchTitles(server: HqServer, q: string): Promise<string[]> {
  const response = await fetch(`${server.url}/v1/api/conversations?${new URLSearchParams({ q, page_size: '100' })}`, {
    headers: { Authorization: `Bearer ${server.tokens.readWrite}` },
  });
  const body = (await response.json()) as { conversations: { title: string | null }[]; total: number };
  expect(body.total).toBeLessThan(PAGE_SIZE);
  return body.conversations.map((c) => c.title?.trim() || 'Untitled');
}

/**
 * Records, in the popup, every `conversations:list` answer as it reaches the page (the page's own handling
 * is untouched): a test can then wait for an answer to have arrived instead of for a time.
 */
async function recordListAnswers(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    type Message = { type?: string; payload?: { page?: number; q?: string } };
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(...args: unknown[]): unknown } } })
      .chrome.runtime;
    const answered: { page: number; q: string }[] = [];
    (globalThis as unknown as { listAnswers: typeof answered }).listAnswers = answered;
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args: unknown[]) => {
      const message = args[0] as Message;
      const note = () => {
        if (message?.type === 'conversations:list')
          answered.push({ page: message.payload?.page ?? 0, q: message.payload?.q ?? '' });
      };
      const callback = typeof args.at(-1) === 'function' ? (args.pop() as (reply: unknown) => void) : null;
      if (callback)
        return send(...args, (reply: unknown) => {
          note();
          callback(reply);
        });
      return (send(...args) as Promise<unknown>).then((reply) => {
        note();
        return reply;
      });
    };
  });
}

/** Resolves once the popup got this answer and has rendered what followed from it (two frames later). */
async function answerArrived(popup: Page, page: number, q: string): Promise<void> {
  await popup.waitForFunction(
    ({ page, q }) =>
      (globalThis as unknown as { listAnswers: { page: number; q: string }[] }).listAnswers.some(
        (answer) => answer.page === page && answer.q === q,
      ),
    { page, q },
  );
  await popup.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

test.describe('Conversations view', () => {
  let big: HqServer;
  test.beforeAll(async () => {
    // More conversations than one page, so the list offers "Show more"; no extra artifacts.
    big = await startHqServer({ workspace: { conversations: 80, artifacts: 0 } });
  });
  test.afterAll(async () => big.close());
  test.beforeEach(() => big.reset());

  test('a search typed while “Show more” is loading shows only the search’s conversations', async ({
    context,
    extensionId,
  }) => {
    const expected = await searchTitles(big, QUERY);
    expect(expected.length).toBeGreaterThan(0);
    const popup = await connectAndOpenPopup(context, extensionId, big);
    await popup.showConversations();
    const list = popup.conversationList;
    const rows = list.locator('.conversation-row');
    await expect(rows).toHaveCount(PAGE_SIZE);
    await recordListAnswers(popup.page);

    // HQ is slow over the second page only: the latency holds each request from its arrival.
    big.faults.latency(SLOW_PAGE_MS);
    const asked = big.requests.length;
    await list.getByRole('button', { name: 'Show more' }).click();
    await expect
      .poll(() =>
        big.requests
          .slice(asked)
          .some((r) => r.path === '/v1/api/conversations' && new URLSearchParams(r.query).get('page') === '2'),
      )
      .toBe(true);
    big.faults.latency(0);

    // A new search before page 2 is back: its answer comes first, and the old listing's page 2 after it.
    await popup.conversationSearch.fill(QUERY);
    await expect(rows.locator('.row-name')).toHaveText(expected);
    await answerArrived(popup.page, 2, '');

    expect(await rows.locator('.row-name').allTextContents()).toEqual(expected);
    await expect(list.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  });
});
