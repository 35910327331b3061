import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanelController } from '@/lib/conversation-panel/panel-controller';
import type { PanelActions, PanelView } from '@/lib/conversation-panel/panel-view';
import type { PanelArtifact } from '@/lib/model/panel-artifact';
import type { sendMessage } from '@/lib/messaging/send-message';
import type { Reply } from '@/lib/messaging/errors';

// The content script's logic without a browser: the view records what it was told, and `ask` answers as the background would.

const artifact = (name: string): PanelArtifact => ({
  id: name,
  name,
  shortName: name,
  size_bytes: 1,
  created_at: '2026-06-10T09:14:00Z',
  time: null,
  caption: null,
  group: 'file',
  label: 'PDF',
});

class RecordingView implements PanelView {
  said: string[] = [];
  constructor(readonly actions: PanelActions) {}
  mount() {
    this.said.push('mount');
  }
  destroy() {
    this.said.push('destroy');
  }
  setArtifacts(artifacts: PanelArtifact[], unlisted: string | null, arrived: ReadonlySet<string> = new Set()) {
    const marked = arrived.size ? ` new:${[...arrived].join(',')}` : '';
    this.said.push(`artifacts ${artifacts.map((a) => a.name).join(',')}${unlisted ? ` (${unlisted})` : ''}${marked}`);
  }
  showMessage(tone: string, text: string) {
    this.said.push(`${tone}: ${text}`);
  }
  setZipProgress() {}
}

type Pending = { type: string; payload: Record<string, unknown>; answer(reply: Reply<unknown>): void };

/** An `ask` whose answers the test gives, in any order: the background's replies arrive when they arrive. */
function background() {
  const pending: Pending[] = [];
  const ask = ((type: string, payload: Record<string, unknown>) =>
    new Promise((answer) => pending.push({ type, payload, answer }))) as unknown as typeof sendMessage;
  const next = async (type: string, source?: string) => {
    for (let i = 0; i < 20 && !pending.some((p) => p.type === type && (!source || p.payload.source === source)); i++)
      await Promise.resolve();
    const index = pending.findIndex((p) => p.type === type && (!source || p.payload.source === source));
    if (index < 0) throw new Error(`nothing asked: ${type} ${source ?? ''}`);
    return pending.splice(index, 1)[0]!;
  };
  return { ask, next, pending };
}

const list = (...names: string[]) => ({
  ok: true as const,
  data: { conversationId: 'c', artifacts: names.map(artifact), unlisted: null },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page's visibility, as the panel's following sees it. */
function fakePage() {
  const listeners = new Set<() => void>();
  return {
    hidden: false,
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
    setHidden(hidden: boolean) {
      this.hidden = hidden;
      listeners.forEach((listener) => listener());
    },
  };
}

const PERIOD_MS = 10_000;

function setUp() {
  const hq = background();
  const views: RecordingView[] = [];
  const page = fakePage();
  const panels = createPanelController(
    (actions) => {
      const view = new RecordingView(actions);
      views.push(view);
      return view;
    },
    async () => PERIOD_MS,
    hq.ask,
    page as unknown as Document,
  );
  return { hq, views, panels, page };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the conversation panel on a page', () => {
  it('paints the cached list, then HQ’s answer with what it lacks', async () => {
    const { hq, views, panels } = setUp();
    panels.show('c1');
    (await hq.next('conversation-panel:list', 'cache')).answer(list('old.pdf'));
    (await hq.next('conversation-panel:list', 'network')).answer({
      ok: true,
      data: {
        conversationId: 'c1',
        artifacts: [artifact('old.pdf'), artifact('new.pdf')],
        unlisted: '2 could not be listed.',
      },
    });
    await settle();
    expect(views[0]!.said).toEqual([
      'mount',
      'artifacts old.pdf',
      'artifacts old.pdf,new.pdf (2 could not be listed.) new:new.pdf',
    ]);
  });

  it('drops a late answer for a conversation the page has left', async () => {
    const { hq, views, panels } = setUp();
    panels.show('c1');
    const late = await hq.next('conversation-panel:list', 'cache');
    panels.show('c2');
    late.answer(list('from-c1.pdf'));
    (await hq.next('conversation-panel:list', 'cache')).answer(list('from-c2.pdf'));
    await settle();
    expect(views[0]!.said).toEqual(['mount', 'destroy']);
    expect(views[1]!.said).toEqual(['mount', 'artifacts from-c2.pdf']);
    expect(hq.pending.filter((p) => p.payload.conversationId === 'c1')).toEqual([]); // nothing more asked for c1
  });

  it('builds nothing again while the URL stays on one conversation, and removes the panel when it leaves', async () => {
    const { views, panels } = setUp();
    panels.show('c1');
    panels.show('c1');
    panels.show(null);
    expect(views).toHaveLength(1);
    expect(views[0]!.said).toEqual(['mount', 'destroy']);
    expect(panels.current()).toBeNull();
  });

  it('says HQ’s failure in the background’s words, and removes the panel when signed out without asking again', async () => {
    const { hq, views, panels } = setUp();
    panels.show('c1');
    (await hq.next('conversation-panel:list', 'cache')).answer(list());
    (await hq.next('conversation-panel:list', 'network')).answer({
      ok: false,
      error: { kind: 'server', status: 503, message: 'busy', words: 'HQ is busy. Try again in a minute.' },
    } as Reply<unknown>);
    await settle();
    expect(views[0]!.said.at(-1)).toBe('alert: HQ is busy. Try again in a minute.');

    panels.show('c2');
    (await hq.next('conversation-panel:list', 'cache')).answer(list());
    (await hq.next('conversation-panel:list', 'network')).answer({
      ok: false,
      error: { kind: 'not_connected', message: 'Not connected' },
    } as Reply<unknown>);
    await settle();
    expect(views[1]!.said).toEqual(['mount', 'artifacts ', 'destroy']);
    panels.show('c2'); // the next look at the URL: no new panel, no new request
    expect(views).toHaveLength(2);
    expect(hq.pending).toEqual([]);
  });

  it('downloads within the conversation it was built for, and words a failure', async () => {
    const { hq, views, panels } = setUp();
    panels.show('c1');
    const saving = views[0]!.actions.downloadOne(artifact('chart.png'));
    const request = await hq.next('conversation-panel:download');
    expect(request.payload).toEqual({ conversationId: 'c1', artifactId: 'chart.png' });
    request.answer({
      ok: false,
      error: { kind: 'not_found', message: 'gone', words: 'HQ no longer has this artifact.' },
    } as Reply<unknown>);
    expect(await saving).toBe('HQ no longer has this artifact.');

    const zipping = views[0]!.actions.downloadAll();
    (await hq.next('conversation-panel:download-zip')).answer({
      ok: true,
      data: { tone: 'status', text: 'ZIP saved.' },
    });
    expect(await zipping).toEqual({ tone: 'status', text: 'ZIP saved.' });
  });

  it('looks again every period while the page is visible, marking what arrived, and not at all while it is hidden', async () => {
    vi.useFakeTimers();
    const { hq, views, panels, page } = setUp();
    panels.show('c1');
    (await hq.next('conversation-panel:list', 'cache')).answer(list('a.pdf'));
    (await hq.next('conversation-panel:list', 'network')).answer(list('a.pdf'));
    await vi.advanceTimersByTimeAsync(PERIOD_MS - 1);
    expect(hq.pending).toEqual([]); // not before the period
    await vi.advanceTimersByTimeAsync(1);
    (await hq.next('conversation-panel:list', 'network')).answer(list('a.pdf', 'b.pdf'));
    await vi.advanceTimersByTimeAsync(0);
    expect(views[0]!.said.at(-1)).toBe('artifacts a.pdf,b.pdf new:b.pdf');

    page.setHidden(true);
    await vi.advanceTimersByTimeAsync(PERIOD_MS * 5);
    expect(hq.pending).toEqual([]); // hidden: nothing asked

    page.setHidden(false); // a look was missed: one at once
    await vi.advanceTimersByTimeAsync(0);
    (await hq.next('conversation-panel:list', 'network')).answer(list('a.pdf', 'b.pdf', 'c.pdf'));
    await vi.advanceTimersByTimeAsync(0);
    expect(views[0]!.said.at(-1)).toBe('artifacts a.pdf,b.pdf,c.pdf new:c.pdf');

    panels.show(null); // left the conversation: no more looks
    await vi.advanceTimersByTimeAsync(PERIOD_MS * 3);
    expect(hq.pending).toEqual([]);
  });

  it('waits longer after each failed look, and clears the failure once HQ answers', async () => {
    vi.useFakeTimers();
    const { hq, views, panels } = setUp();
    panels.show('c1');
    (await hq.next('conversation-panel:list', 'cache')).answer(list('a.pdf'));
    (await hq.next('conversation-panel:list', 'network')).answer(list('a.pdf'));
    const busy = {
      ok: false,
      error: { kind: 'rate_limited', status: 429, message: 'busy', words: 'HQ is busy.' },
    } as Reply<unknown>;
    await vi.advanceTimersByTimeAsync(PERIOD_MS);
    (await hq.next('conversation-panel:list', 'network')).answer(busy);
    await vi.advanceTimersByTimeAsync(PERIOD_MS * 2 - 1);
    expect(hq.pending).toEqual([]); // twice the period after one failure
    await vi.advanceTimersByTimeAsync(1);
    (await hq.next('conversation-panel:list', 'network')).answer(list('a.pdf'));
    await vi.advanceTimersByTimeAsync(0);
    expect(views[0]!.said.slice(-3)).toEqual(['alert: HQ is busy.', 'alert: ', 'artifacts a.pdf']);
  });

  it('waits as long as HQ’s Retry-After says, when that is longer than its own backoff', async () => {
    vi.useFakeTimers();
    const { hq, panels } = setUp();
    panels.show('c1');
    (await hq.next('conversation-panel:list', 'cache')).answer(list('a.pdf'));
    (await hq.next('conversation-panel:list', 'network')).answer(list('a.pdf'));
    await vi.advanceTimersByTimeAsync(PERIOD_MS);
    (await hq.next('conversation-panel:list', 'network')).answer({
      ok: false,
      error: { kind: 'rate_limited', status: 429, message: 'busy', retryAfterSeconds: 120, words: 'HQ is busy.' },
    } as Reply<unknown>);
    await vi.advanceTimersByTimeAsync(120_000 - 1);
    expect(hq.pending).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await hq.next('conversation-panel:list', 'network');
  });

  it('a page that loads hidden (a tab restored in the background) asks HQ nothing until it shows', async () => {
    const { hq, views, panels, page } = setUp();
    page.hidden = true;
    panels.show('c1');
    (await hq.next('conversation-panel:list', 'cache')).answer(list('a.pdf'));
    await settle();
    expect(hq.pending).toEqual([]);
    expect(views[0]!.said).toEqual(['mount', 'artifacts a.pdf']); // the cached list shows meanwhile
    page.setHidden(false);
    await settle();
    await hq.next('conversation-panel:list', 'network');
  });

  it('tells the background what the person saw when they open the panel', async () => {
    const { hq, views, panels } = setUp();
    panels.show('c1');
    views[0]!.actions.seen(['a.pdf', 'b.pdf']);
    const seen = await hq.next('conversation-panel:seen');
    expect(seen.payload).toEqual({ conversationId: 'c1', artifactIds: ['a.pdf', 'b.pdf'] });
  });
});

describe('a long conversation', () => {
  it('is looked at less often, so its pages cost no more requests a minute than one page', async () => {
    vi.useFakeTimers();
    const { hq, panels } = setUp();
    panels.show('c1');
    const many = Array.from({ length: 200 }, (_, i) => `f${i}.pdf`);
    (await hq.next('conversation-panel:list', 'cache')).answer(list(...many));
    // Two full pages, and the empty third that proved the end: three requests.
    (await hq.next('conversation-panel:list', 'network')).answer({
      ok: true,
      data: { ...list(...many).data, requests: 3 },
    });
    await vi.advanceTimersByTimeAsync(PERIOD_MS * 3 - 1); // a third as often
    expect(hq.pending).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await hq.next('conversation-panel:list', 'network');
  });
});
