// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ConversationSummary } from '@/lib/model/conversation-summary';
import { useConversationList } from '@/components/popup/use-conversation-list';

/** Each `conversations:list` request, answered when the test says so. */
const asked: { page: number; q: string; answer(titles: string[], total: number): void }[] = [];
vi.mock('@/lib/messaging/send-message', () => ({
  sendMessage: (_type: string, payload: { page: number; q?: string }) =>
    new Promise((resolve) =>
      asked.push({
        page: payload.page,
        q: payload.q ?? '',
        answer: (titles, total) =>
          resolve({
            ok: true,
            data: {
              page: payload.page,
              total,
              conversations: titles.map((title): ConversationSummary => ({
                id: title,
                title,
                agent: null,
                lastActivityAt: '2026-06-01T00:00:00Z',
                artifactCount: 1,
              })),
            },
          }),
      }),
    ),
}));

let hook: ReturnType<typeof useConversationList>;
function Probe({ query }: { query: string }) {
  hook = useConversationList(query);
  return null;
}

const root = () => document.body;
const show = (query: string) => act(() => render(<Probe query={query} />, root()));
const titles = () => (hook.listing.state === 'ready' ? hook.listing.conversations.map((c) => c.title) : hook.listing);
/** Lets the debounce timer run and the answered promises settle. */
const settle = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(400);
  });

describe('useConversationList', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    asked.length = 0;
  });
  afterEach(() => {
    act(() => render(null, root()));
    vi.useRealTimers();
  });

  it('drops a “Show more” answer that a new search overtook', async () => {
    await show('');
    await settle();
    asked[0]!.answer(['a1', 'a2'], 4);
    await settle();
    expect(titles()).toEqual(['a1', 'a2']);

    act(() => hook.showMore());
    expect(asked[1]).toMatchObject({ page: 2, q: '' });
    await show('hiring');
    await settle();
    expect(asked[2]).toMatchObject({ page: 1, q: 'hiring' });
    asked[2]!.answer(['h1'], 1);
    await settle();
    asked[1]!.answer(['a3', 'a4'], 4);
    await settle();
    expect(titles()).toEqual(['h1']);
  });

  it('drops a “Show more” answer once the search changed, even before the new search is asked', async () => {
    await show('');
    await settle();
    asked[0]!.answer(['a1'], 2);
    await settle();
    act(() => hook.showMore());
    await show('h'); // typed: the new search waits for a pause
    asked[1]!.answer(['a2'], 2);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(titles()).toEqual(['a1']);
  });

  it('adds the next page of the search shown', async () => {
    await show('report');
    await settle();
    asked[0]!.answer(['r1'], 2);
    await settle();
    act(() => hook.showMore());
    expect(asked[1]).toMatchObject({ page: 2, q: 'report' });
    asked[1]!.answer(['r2'], 2);
    await settle();
    expect(titles()).toEqual(['r1', 'r2']);
    expect(hook.listing).toMatchObject({ more: false, page: 2 });
  });
});
