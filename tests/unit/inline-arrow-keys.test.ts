import { describe, expect, it } from 'vitest';
import { inlineStep } from '@/lib/i18n/inline-step';

describe('inlineStep: ← → along a row of controls', () => {
  it('steps → toward the end and ← toward the start in a left-to-right page', () => {
    expect(inlineStep('ArrowRight', 'ltr')).toBe(1);
    expect(inlineStep('ArrowLeft', 'ltr')).toBe(-1);
  });

  it('swaps them in a right-to-left page, where the row is mirrored', () => {
    expect(inlineStep('ArrowLeft', 'rtl')).toBe(1);
    expect(inlineStep('ArrowRight', 'rtl')).toBe(-1);
  });

  it('reads a page without a direction as left to right', () => {
    expect(inlineStep('ArrowRight', '')).toBe(1);
    expect(inlineStep('ArrowLeft', 'auto')).toBe(-1);
  });

  it('leaves every other key alone', () => {
    for (const dir of ['ltr', 'rtl'])
      for (const key of ['ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'a'])
        expect(inlineStep(key, dir)).toBe(0);
  });
});
