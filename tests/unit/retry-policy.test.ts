import { describe, expect, it } from 'vitest';
import { HqError } from '@/lib/hq/hq-errors';
import { isTransientError, retryAfterMs, withRetries } from '@/lib/hq/retry-policy';

// One definition of "worth another try", for HQ's answers and for file bytes alike.

const quick = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, random: () => 0 };

function failing(...errors: HqError[]) {
  let calls = 0;
  return {
    request: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'answer';
    },
    calls: () => calls,
  };
}

describe('retrying', () => {
  it('tries again after a 429, a 503, a 408 and a dropped connection, and gets the answer', async () => {
    const attempts = failing(
      new HqError({ kind: 'rate_limited', status: 429, message: 'slow down', retryAfterSeconds: 0 }),
      new HqError({ kind: 'http', status: 408, message: 'timeout' }),
    );
    expect(await withRetries(attempts.request, new AbortController().signal, quick)).toBe('answer');
    expect(attempts.calls()).toBe(3);
    expect(isTransientError(new HqError({ kind: 'server', status: 503, message: '' }))).toBe(true);
    expect(isTransientError(new HqError({ kind: 'network', message: '' }))).toBe(true);
  });

  it('gives up at once on what another try cannot fix, and after the last attempt on the rest', async () => {
    const notFound = failing(new HqError({ kind: 'not_found', status: 404, message: 'gone' }));
    await expect(withRetries(notFound.request, new AbortController().signal, quick)).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect(notFound.calls()).toBe(1);
    const busy = new HqError({ kind: 'server', status: 502, message: 'busy' });
    const always = failing(busy, busy, busy, busy);
    await expect(withRetries(always.request, new AbortController().signal, quick)).rejects.toBe(busy);
    expect(always.calls()).toBe(3);
    expect(isTransientError(new Error('not HQ'))).toBe(false);
  });

  it('stops waiting when the session ends', async () => {
    const session = new AbortController();
    const attempts = failing(new HqError({ kind: 'server', status: 500, message: '' }));
    const waiting = withRetries(attempts.request, session.signal, {
      ...quick,
      baseDelayMs: 60_000,
      maxDelayMs: 60_000,
    });
    session.abort(new Error('signed out'));
    await expect(waiting).rejects.toThrow('signed out');
    expect(attempts.calls()).toBe(1);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const answer = (value: string) => new Response(null, { status: 429, headers: { 'Retry-After': value } });
    expect(retryAfterMs(answer('3'))).toBe(3000);
    expect(retryAfterMs(answer(new Date(Date.now() + 10_000).toUTCString()))).toBeGreaterThan(8000);
    expect(retryAfterMs(answer('soon'))).toBeUndefined();
  });
});
