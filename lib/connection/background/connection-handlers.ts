import { browser } from 'wxt/browser';
import { createHqClient } from '@/lib/hq/hq-client';
import { ProtocolError } from '@/lib/messaging/errors';
import type { ConnectionState } from '@/lib/messaging/payloads';
import type { Handler } from '@/lib/messaging/background/router';
import { clearAllCachedLists } from '@/lib/artifact-list/background/list-writer';
import { normalizeBaseUrl, originPattern } from '../server-url';
import { clearAccount, readConnectionState, writeConnectionState } from '../settings';
import { accountFromIdentity, sameAccount } from '../account';
import { forgetCredential, writeCredential } from './credential-store';

export const getConnection: Handler<'connection:get'> = {
  allow: ['extension-page'],
  handle: () => readConnectionState(),
};

export const connect: Handler<'connection:connect'> = {
  allow: ['extension-page'],
  async handle({ serverUrl: rawServerUrl, webAppUrl: rawWebAppUrl, token }) {
    const serverUrl = checkedUrl(rawServerUrl, 'Server URL');
    const webAppUrl = checkedUrl(rawWebAppUrl, 'Web app URL');

    // Without the host permission fetch fails like a dead server; say why instead.
    const granted = await browser.permissions.contains({ origins: [originPattern(serverUrl)] });
    if (!granted) {
      throw new ProtocolError({
        kind: 'permission_missing',
        message: `The extension has no permission to reach ${new URL(serverUrl).origin}. Allow it when asked, then connect again.`,
      });
    }

    const client = createHqClient({ serverUrl, token });
    const identity = await client.getMe();
    // /v1/api/me accepts any valid token; a token that cannot list is useless here.
    await client.checkCanRead();
    const account = accountFromIdentity(serverUrl, identity);
    if (!account) {
      throw new ProtocolError({ kind: 'invalid', message: 'HQ answered without a name or email for this token.' });
    }

    const previous = await readConnectionState();
    // Another account's lists must never be shown, not even for a moment.
    if (!sameAccount(previous.account, account)) await clearAllCachedLists();
    await writeCredential({ serverUrl, token });
    const state: ConnectionState = { serverUrl, webAppUrl, account };
    await writeConnectionState(state);
    return state;
  },
};

export const signOut: Handler<'connection:sign-out'> = {
  allow: ['extension-page'],
  async handle() {
    await forgetCredential();
    await clearAccount();
    await clearAllCachedLists();
    return readConnectionState();
  },
};

function checkedUrl(input: string, label: string): string {
  const result = normalizeBaseUrl(input, label);
  if (!result.ok) throw new ProtocolError({ kind: 'invalid', message: result.reason });
  return result.url;
}
