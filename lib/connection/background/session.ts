import { createHqClient, type HqClient } from '@/lib/hq/hq-client';
import { notConnected } from '../not-connected';
import type { Account, ConnectionState } from '@/lib/model/account';
import { readConnectionState } from '../settings';
import { readCredential } from './credential-store';
import { oauthTokenSource } from './oauth-tokens';
import { sessionSignal } from './session-work';

/** The connected account and an HQ client holding its token. */
export interface Session {
  client: HqClient;
  account: Account;
  state: ConnectionState & { account: Account };
  /** Aborted when this session ends (sign-out, account switch): the client's requests stop, and jobs pass it on. */
  signal: AbortSignal;
}

/**
 * The one way a handler reaches HQ: the saved connection, or a
 * `not_connected` failure. The credential must belong to the account's
 * server, so a token is never paired with another server's address. A
 * pasted token and "Sign in with HQ" look the same from here on; the
 * latter's tokens refresh themselves (oauth-tokens.ts).
 */
export async function requireSession(): Promise<Session> {
  const [state, credential] = await Promise.all([readConnectionState(), readCredential()]);
  const { account } = state;
  if (!account || !credential || credential.serverUrl !== account.serverUrl) throw notConnected();
  const token = credential.kind === 'token' ? credential.token : oauthTokenSource(credential.id);
  const signal = sessionSignal();
  return {
    client: createHqClient({ serverUrl: credential.serverUrl, token, signal }),
    account,
    state: { ...state, account },
    signal,
  };
}
