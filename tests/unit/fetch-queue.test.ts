import { describe, expect, it } from 'vitest';
import { fetchInOrder } from '@/lib/file-jobs/fetch-queue';
import { backoffDelay } from '@/lib/hq/retry-policy';
import { collect, drop, noSleep, ok, scripted, status } from './support/scripted-server';

describe('fetchInOrder', () => {
  it('keeps at most `concurrency` requests open ahead and yields in input order', async () => {
    const urls = Array.from({ length: 8 }, (_, i) => `u${i}`);
    const server = scripted(Object.fromEntries(urls.map((u) => [u, [ok(u)]])));
    const outcomes = await collect(fetchInOrder(urls, server.fetchFrom, { concurrency: 3 }));
    expect(outcomes.map((o) => o.item)).toEqual(urls);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(server.maxInFlight()).toBe(3);
  });

  it('retries 429, 5xx and dropped connections, honouring Retry-After', async () => {
    const sleeps: number[] = [];
    const server = scripted({
      a: [status(429, { 'Retry-After': '2' }), ok('a')],
      b: [status(503), drop(), ok('b')],
    });
    const outcomes = await collect(
      fetchInOrder(['a', 'b'], server.fetchFrom, {
        sleep: async (ms) => void sleeps.push(ms),
        random: () => 0,
        baseDelayMs: 100,
      }),
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(server.urls().filter((c) => c === 'a')).toHaveLength(2);
    expect(server.urls().filter((c) => c === 'b')).toHaveLength(3);
    expect(sleeps).toContain(2000); // Retry-After: 2
    expect(sleeps).toEqual(expect.arrayContaining([50, 100])); // backoff 100·2^(n-1), half jittered
  });

  it('gives up on 404 at once and on transient failures after maxAttempts', async () => {
    const server = scripted({ gone: [status(404)], flaky: [status(500), status(500), status(500)] });
    const outcomes = await collect(fetchInOrder(['gone', 'flaky'], server.fetchFrom, { maxAttempts: 3, ...noSleep }));
    expect(outcomes).toEqual([
      { item: 'gone', ok: false, reason: 'HTTP 404' },
      { item: 'flaky', ok: false, reason: 'HTTP 500 (after 3 attempts)' },
    ]);
    expect(server.urls()).toEqual(['gone', 'flaky', 'flaky', 'flaky']);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and is capped', () => {
    const timing = { baseDelayMs: 500, maxDelayMs: 4000, random: () => 1 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, timing))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect(backoffDelay(1, { ...timing, random: () => 0 })).toBe(250);
    expect(backoffDelay(1, timing, 60_000)).toBe(4000);
  });
});
