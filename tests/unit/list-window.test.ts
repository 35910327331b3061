import { describe, expect, it } from 'vitest';
import { rowOffsets, scrollToReveal, windowRange } from '@/lib/artifact-list/list-window';

describe('list windowing', () => {
  const offsets = rowOffsets(Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 72 : 54)));

  it('adds up row heights', () => {
    expect(rowOffsets([54, 72, 54])).toEqual([0, 54, 126, 180]);
    expect(offsets.at(-1)).toBe(3334 * 72 + 6666 * 54);
  });

  it('renders only the rows in view and a few around them, wherever the list is scrolled', () => {
    expect(windowRange(offsets, 0, 500, 5)).toEqual({ start: 0, end: 14 });
    const middle = windowRange(offsets, offsets[5000]!, 500, 5);
    expect(middle.start).toBe(4995);
    expect(middle.end - middle.start).toBeLessThan(30);
    expect(windowRange(offsets, offsets.at(-1)! - 500, 500, 5).end).toBe(10_000);
    expect(windowRange(rowOffsets([]), 0, 500)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls just enough to show a row the keyboard moved to', () => {
    expect(scrollToReveal(offsets, 0, 0, 500)).toBeNull();
    expect(scrollToReveal(offsets, 100, 0, 500)).toBe(offsets[101]! - 500);
    expect(scrollToReveal(offsets, 100, offsets[200]!, 500)).toBe(offsets[100]);
  });
});
