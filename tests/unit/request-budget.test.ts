import { describe, expect, it } from 'vitest';
import { createRequestBudget } from '@/lib/conversation-panel/request-budget';

describe('request budget', () => {
  it('allows a burst, then about the steady rate, per sender', () => {
    const budget = createRequestBudget({ burst: 3, perSecond: 2 });
    const at = 1_000_000;
    expect([1, 2, 3, 4].map(() => budget.take('tab-1', at))).toEqual([true, true, true, false]);
    expect(budget.take('tab-2', at)).toBe(true); // another tab has its own budget
    expect(budget.take('tab-1', at + 400)).toBe(false); // 0.8 of a request earned back
    expect(budget.take('tab-1', at + 500)).toBe(true); // one whole request
    expect(budget.take('tab-1', at + 500)).toBe(false);
  });

  it('never saves up more than the burst', () => {
    const budget = createRequestBudget({ burst: 2, perSecond: 10 });
    budget.take('tab', 0);
    expect([1, 2, 3].map(() => budget.take('tab', 60_000))).toEqual([true, true, false]);
  });
});
