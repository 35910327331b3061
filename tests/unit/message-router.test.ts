import { describe, expect, it, vi } from 'vitest';
import { routeMessage, type HandlerMap } from '@/lib/messaging/background/router';
import { ProtocolError } from '@/lib/messaging/errors';
import { senderContext } from '@/lib/messaging/background/sender-context';
import { HqError } from '@/lib/hq/hq-errors';

const state = {
  serverUrl: 'https://api.hq.zone',
  webAppUrl: 'https://hq.zone',
  oauthClientId: '',
  account: null,
  grantedScopes: null,
  signedOutReason: null,
  deleteRefused: false,
};

const unused = {
  allow: ['extension-page'] as const,
  handle: async () => {
    throw new Error('not under test');
  },
};

function handlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  return {
    'connection:get': { allow: ['extension-page'], handle: vi.fn(async () => state) },
    'connection:connect': { allow: ['extension-page'], handle: vi.fn(async () => state) },
    'connection:sign-in': { allow: ['extension-page'], handle: vi.fn(async () => state) },
    'connection:sign-out': { allow: ['extension-page'], handle: vi.fn(async () => state) },
    'artifact-list:refresh': unused,
    'workspace-index:pause': unused,
    'workspace-index:resume': unused,
    'conversations:list': unused,
    'conversations:download-zip': unused,
    'file-jobs:download': { allow: ['extension-page'], handle: vi.fn(async () => ({ fileName: 'x' })) },
    'artifact-list:delete': unused,
    'preview:artifact': unused,
    'file-jobs:download-zip': unused,
    'conversation-panel:list': {
      allow: ['content-script'],
      handle: vi.fn(async () => ({ conversationId: 'c', artifacts: [], unlisted: null, requests: 1 })),
    },
    'conversation-panel:download': { allow: ['content-script'], handle: vi.fn(async () => ({ fileName: 'x' })) },
    'conversation-panel:download-zip': unused,
    'conversation-panel:seen': unused,
    'new-artifacts:take': unused,
    ...overrides,
  };
}

describe('routeMessage', () => {
  it('runs the handler for a valid message from an allowed sender', async () => {
    const map = handlers();
    const reply = await routeMessage(map, { type: 'connection:get', payload: {} }, 'extension-page');
    expect(reply).toEqual({ ok: true, data: state });
    expect(map['connection:get'].handle).toHaveBeenCalledOnce();
  });

  it('refuses unknown senders and senders the handler does not allow', async () => {
    const map = handlers();
    expect(await routeMessage(map, { type: 'connection:get', payload: {} }, null)).toMatchObject({
      ok: false,
      error: { kind: 'denied' },
    });
    expect(await routeMessage(map, { type: 'connection:connect', payload: {} }, 'content-script')).toMatchObject({
      ok: false,
      error: { kind: 'denied' },
    });
    expect(map['connection:connect'].handle).not.toHaveBeenCalled();
  });

  it('lets content scripts ask only for what a page needs', async () => {
    const map = handlers();
    const reply = await routeMessage(
      map,
      { type: 'conversation-panel:download', payload: { conversationId: 'c1', artifactId: 'a1' } },
      'content-script',
      { tabId: 4 },
    );
    expect(reply).toEqual({ ok: true, data: { fileName: 'x' } });
    expect(
      await routeMessage(map, { type: 'file-jobs:download', payload: { artifactId: 'a1' } }, 'content-script'),
    ).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(await routeMessage(map, { type: 'connection:get', payload: {} }, 'content-script')).toMatchObject({
      ok: false,
      error: { kind: 'denied' },
    });
  });

  it('rejects artifact ids that could smuggle a path', async () => {
    const map = handlers();
    for (const artifactId of ['../me', 'a/b', '', 'x?y=1']) {
      const reply = await routeMessage(map, { type: 'file-jobs:download', payload: { artifactId } }, 'extension-page');
      expect(reply, artifactId).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    }
  });

  it('rejects malformed messages without calling anything', async () => {
    const map = handlers();
    for (const message of [
      null,
      42,
      'connection:get',
      {},
      { type: 'nope' },
      { type: '__proto__' },
      { type: 'toString' },
    ]) {
      const reply = await routeMessage(map, message, 'extension-page');
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    }
    expect(map['connection:get'].handle).not.toHaveBeenCalled();
  });

  it('validates payloads: wrong types, extra keys, empty or spaced tokens', async () => {
    const map = handlers();
    const bad = [
      { serverUrl: 1, webAppUrl: 'x', token: 't' },
      { serverUrl: 'x', webAppUrl: 'x' },
      { serverUrl: 'x', webAppUrl: 'x', token: '   ' },
      { serverUrl: 'x', webAppUrl: 'x', token: 'a b' },
      { serverUrl: 'x', webAppUrl: 'x', token: 't', extra: true },
      { serverUrl: 'x'.repeat(5000), webAppUrl: 'x', token: 't' },
    ];
    for (const payload of bad) {
      const reply = await routeMessage(map, { type: 'connection:connect', payload }, 'extension-page');
      expect(reply, JSON.stringify(payload).slice(0, 80)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    }
    expect(map['connection:connect'].handle).not.toHaveBeenCalled();
  });

  it('trims the token before the handler sees it', async () => {
    const map = handlers();
    await routeMessage(
      map,
      { type: 'connection:connect', payload: { serverUrl: 'a', webAppUrl: 'b', token: '  hq_pat_x \n' } },
      'extension-page',
    );
    expect(map['connection:connect'].handle).toHaveBeenCalledWith(
      { serverUrl: 'a', webAppUrl: 'b', token: 'hq_pat_x' },
      expect.anything(),
    );
  });

  it('turns handler failures into replies instead of throwing', async () => {
    const map = handlers({
      'connection:get': {
        allow: ['extension-page'],
        handle: async () => {
          throw new HqError({ kind: 'forbidden', status: 403, message: 'no' });
        },
      },
      'connection:sign-out': {
        allow: ['extension-page'],
        handle: async () => {
          throw new ProtocolError({ kind: 'not_connected', message: 'x' });
        },
      },
      'connection:connect': {
        allow: ['extension-page'],
        handle: async () => {
          throw new TypeError('boom');
        },
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await routeMessage(map, { type: 'connection:get', payload: {} }, 'extension-page')).toEqual({
      ok: false,
      // With its plain words, so the content script need not carry the wording.
      error: {
        kind: 'forbidden',
        status: 403,
        message: 'no',
        words: 'This access token is not allowed to do that. Ask for a token with the needed permission.',
      },
    });
    expect(await routeMessage(map, { type: 'connection:sign-out', payload: {} }, 'extension-page')).toMatchObject({
      ok: false,
      error: { kind: 'not_connected' },
    });
    expect(
      await routeMessage(
        map,
        { type: 'connection:connect', payload: { serverUrl: 'a', webAppUrl: 'b', token: 'c' } },
        'extension-page',
      ),
    ).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});

describe('senderContext', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;

  it('recognises our own pages, even in a tab', () => {
    expect(senderContext({ id, url: `${origin}popup.html` }, id, origin)).toBe('extension-page');
    expect(senderContext({ id, url: `${origin}options.html`, tab: { id: 3 } }, id, origin)).toBe('extension-page');
  });

  it('recognises content scripts on web pages', () => {
    expect(senderContext({ id, url: 'https://hq.zone/c/x', tab: { id: 3 } }, id, origin)).toBe('content-script');
  });

  it('refuses other extensions, missing urls and odd schemes', () => {
    expect(senderContext({ id: 'other', url: `${origin}popup.html` }, id, origin)).toBeNull();
    expect(senderContext({ id }, id, origin)).toBeNull();
    expect(senderContext({ id, url: 'chrome-extension://other/popup.html' }, id, origin)).toBeNull();
    expect(senderContext({ id, url: 'file:///etc/passwd', tab: { id: 1 } }, id, origin)).toBeNull();
    expect(senderContext({ id, url: 'https://evil.example/' }, id, origin)).toBeNull();
  });
});
