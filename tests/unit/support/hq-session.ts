import { createHqClient } from '@/lib/hq/hq-client';
import type { Session } from '@/lib/connection/background/session';
import type { Account } from '@/lib/model/account';
import type { HqServer } from '../../hq-server/server';

/** A background session signed in to the local HQ with its read-write token, as `identityKey`. */
export function sessionOn(
  hq: HqServer,
  identityKey = 'ada',
  signal: AbortSignal = new AbortController().signal,
): Session {
  const account: Account = { serverUrl: hq.url, identityKey, displayName: identityKey, email: null };
  const state = {
    serverUrl: hq.url,
    webAppUrl: hq.webAppUrl,
    oauthClientId: '',
    account,
    grantedScopes: null,
    signedOutReason: null,
    deleteRefused: false,
  };
  return { client: createHqClient({ serverUrl: hq.url, token: hq.tokens.readWrite, signal }), account, state, signal };
}
