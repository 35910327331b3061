import { describe, expect, it } from 'vitest';
import { serialQueue } from '@/lib/async/serial-queue';

describe('a serial queue', () => {
  it('runs tasks one at a time in order, past a failure, each caller getting its own outcome', async () => {
    const serially = serialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) =>
      serially(async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const outcomes = await Promise.allSettled([task('a', 20), task('b', 1, true), task('c', 5)]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
