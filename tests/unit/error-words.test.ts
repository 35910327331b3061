import { describe, expect, it } from 'vitest';
import { describeError } from '@/lib/messaging/error-words';

describe('describeError', () => {
  it('says in plain words what happened and what to do', () => {
    expect(describeError({ kind: 'unauthorized', message: '', status: 401 })).toMatch(/reconnect/i);
    expect(describeError({ kind: 'rate_limited', message: '', retryAfterSeconds: 1 })).toMatch(/wait 1 second\b/);
    expect(describeError({ kind: 'rate_limited', message: '', retryAfterSeconds: 90 })).toMatch(/2 minutes/);
    expect(describeError({ kind: 'offline', message: '' })).toMatch(/offline/i);
    expect(describeError({ kind: 'invalid', message: 'Server URL is empty.' })).toBe('Server URL is empty.');
    expect(describeError({ kind: 'http', status: 418, message: 'teapot' })).toBe(
      'HQ answered with an unexpected error (418).',
    );
    expect(describeError({ kind: 'download_cancelled', message: 'USER_CANCELED' })).toBe('The download was cancelled.');
    expect(describeError({ kind: 'download_refused', message: 'Invalid filename' })).toMatch(
      /^The browser refused the download \(Invalid filename\)/,
    );
  });

  it('explains Connect failures by their likely cause', () => {
    const url = 'https://example.com';
    expect(describeError({ kind: 'unauthorized', message: '' }, { doing: 'connect', serverUrl: url })).toMatch(
      /rejected this access token/,
    );
    expect(describeError({ kind: 'forbidden', message: '' }, { doing: 'connect', serverUrl: url })).toMatch(
      /conversations:read/,
    );
    expect(describeError({ kind: 'not_found', message: '' }, { doing: 'connect', serverUrl: url })).toMatch(
      /does not look like an HQ server/,
    );
    expect(describeError({ kind: 'malformed', message: '' }, { doing: 'connect', serverUrl: url })).toMatch(
      /does not look like an HQ server/,
    );
    expect(describeError({ kind: 'network', message: '' }, { doing: 'connect', serverUrl: url })).toMatch(
      /Could not reach https:\/\/example.com/,
    );
  });
});

describe('describeError in the popup list', () => {
  it('says what happened to the list, with the action next to it', () => {
    expect(describeError({ kind: 'unauthorized', message: '' }, { doing: 'list' })).toBe(
      'HQ no longer accepts the saved token.',
    );
    expect(describeError({ kind: 'network', message: '' }, { doing: 'list' })).toBe('Offline — could not reach HQ.');
    expect(describeError({ kind: 'forbidden', message: '' }, { doing: 'list' })).toMatch(/conversations:read/);
    expect(describeError({ kind: 'server', message: '' }, { doing: 'list' })).toBe(
      describeError({ kind: 'server', message: '' }),
    );
  });

  it('explains a refused delete by the missing permission', () => {
    expect(describeError({ kind: 'forbidden', message: '' }, { doing: 'delete' })).toMatch(/conversations:write/);
  });
});
