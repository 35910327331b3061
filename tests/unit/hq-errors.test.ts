import { describe, expect, it } from 'vitest';
import { errorKindForStatus, parseRetryAfter } from '@/lib/hq/hq-errors';

describe('errorKindForStatus', () => {
  it('maps the statuses HQ documents', () => {
    expect([401, 403, 404, 429, 500, 503, 418].map(errorKindForStatus)).toEqual([
      'unauthorized',
      'forbidden',
      'not_found',
      'rate_limited',
      'server',
      'server',
      'http',
    ]);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, ignores junk', () => {
    expect(parseRetryAfter('7')).toBe(7);
    const now = Date.parse('2026-06-10T09:14:00Z');
    expect(parseRetryAfter('Wed, 10 Jun 2026 09:14:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Wed, 10 Jun 2026 09:13:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
