import { describe, expect, it } from 'vitest';
import { listGap, listGapWords } from '@/lib/model/list-gap';

describe('a conversation’s list against HQ’s count', () => {
  it('is short when fewer were listed than HQ counts', () => {
    expect(listGap(25, 60, false)).toEqual({ listed: 25, expected: 60 });
    expect(listGapWords({ listed: 25, expected: 60 })).toBe(
      'HQ counts 60 artifacts in this conversation, but its list gave 25: 35 could not be listed.',
    );
  });

  it('is whole when the count is met or passed (an artifact arrived since the count), even if HQ repeated a page', () => {
    expect(listGap(60, 60, false)).toBeNull();
    expect(listGap(61, 60, false)).toBeNull();
    expect(listGap(100, 100, true)).toBeNull();
  });

  it('without a count, a repeated full page still says HQ may hold more', () => {
    expect(listGap(100, null, true)).toEqual({ listed: 100, expected: null });
    expect(listGap(100, null, false)).toBeNull();
    expect(listGapWords({ listed: 1, expected: null })).toBe(
      'HQ listed 1 artifact in this conversation and would not list further: it may hold more.',
    );
  });
});
