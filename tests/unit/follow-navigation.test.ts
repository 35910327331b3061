// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { URL_POLL_MS, followNavigation } from '@/lib/conversation-panel/follow-navigation';

// What the content script hears of a single-page app's moves, in a DOM (happy-dom) with fake timers.

function context() {
  const stops: (() => void)[] = [];
  return {
    ctx: {
      addEventListener(target: EventTarget, type: string, handler: () => void) {
        target.addEventListener(type, handler);
        stops.push(() => target.removeEventListener(type, handler));
      },
      setInterval(handler: () => void, ms?: number) {
        const id = setInterval(handler, ms);
        stops.push(() => clearInterval(id));
        return id as unknown as number;
      },
    } as unknown as Parameters<typeof followNavigation>[0],
    invalidate: () => stops.forEach((stop) => stop()),
  };
}

afterEach(() => vi.useRealTimers());

describe('following the web app’s navigation', () => {
  it('hears back/forward, WXT’s location change and the Navigation API', () => {
    const { ctx, invalidate } = context();
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    const moved = vi.fn();
    followNavigation(ctx, moved);
    window.dispatchEvent(new Event('popstate'));
    window.dispatchEvent(new Event('wxt:locationchange'));
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(moved).toHaveBeenCalledTimes(3);
    invalidate();
    window.dispatchEvent(new Event('popstate'));
    expect(moved).toHaveBeenCalledTimes(3);
  });

  it('looks at the URL every few hundred milliseconds for a pushState nothing announces, and stops when invalidated', () => {
    vi.useFakeTimers();
    const { ctx, invalidate } = context();
    const moved = vi.fn();
    followNavigation(ctx, moved);
    vi.advanceTimersByTime(URL_POLL_MS * 3);
    expect(moved).toHaveBeenCalledTimes(3);
    invalidate();
    vi.advanceTimersByTime(URL_POLL_MS * 3);
    expect(moved).toHaveBeenCalledTimes(3);
  });
});
