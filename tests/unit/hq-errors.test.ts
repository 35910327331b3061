import { describe, expect, it } from 'vitest';
import { errorKindForStatus, parseRetryAfter } from '@/lib/hq/hq-errors';
import { describeConnectError, describeError } from '@/lib/hq/describe-error';

describe('errorKindForStatus', () => {
  it('maps the statuses HQ documents', () => {
    expect([401, 403, 404, 429, 500, 503, 418].map(errorKindForStatus)).toEqual([
      'unauthorized', 'forbidden', 'not_found', 'rate_limited', 'server', 'server', 'http',
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

describe('describeError', () => {
  it('says in plain words what happened and what to do', () => {
    expect(describeError({ kind: 'unauthorized', message: '', status: 401 })).toMatch(/reconnect/i);
    expect(describeError({ kind: 'rate_limited', message: '', retryAfterSeconds: 1 })).toMatch(/wait 1 second\b/);
    expect(describeError({ kind: 'rate_limited', message: '', retryAfterSeconds: 90 })).toMatch(/2 minutes/);
    expect(describeError({ kind: 'offline', message: '' })).toMatch(/offline/i);
    expect(describeError({ kind: 'invalid', message: 'Server URL is empty.' })).toBe('Server URL is empty.');
    expect(describeError({ kind: 'http', status: 418, message: 'teapot' })).toBe('HQ answered with an unexpected error (418).');
    expect(describeError({ kind: 'http', message: 'The download was cancelled.' })).toBe('The download was cancelled.');
  });

  it('explains Connect failures by their likely cause', () => {
    const url = 'https://example.com';
    expect(describeConnectError({ kind: 'unauthorized', message: '' }, url)).toMatch(/rejected this access token/);
    expect(describeConnectError({ kind: 'forbidden', message: '' }, url)).toMatch(/conversations:read/);
    expect(describeConnectError({ kind: 'not_found', message: '' }, url)).toMatch(/does not look like an HQ server/);
    expect(describeConnectError({ kind: 'malformed', message: '' }, url)).toMatch(/does not look like an HQ server/);
    expect(describeConnectError({ kind: 'network', message: '' }, url)).toMatch(/Could not reach https:\/\/example.com/);
  });
});
