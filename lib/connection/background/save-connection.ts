import { browser } from 'wxt/browser';
import type { HqClient } from '@/lib/hq/hq-client';
import { ProtocolError } from '@/lib/messaging/errors';
import { t } from '@/lib/i18n/messages';
import type { Account, ConnectionState } from '@/lib/model/account';
import { clearAllCachedLists } from '@/lib/list-store/background/list-writer';
import { normalizeBaseUrl, originPattern } from '../server-url';
import { readConnectionState, writeConnectionState } from '../settings';
import { accountFromIdentity, sameAccount } from '../account';
import { revokeToken } from '@/lib/hq/hq-oauth';
import {
  newCredentialId,
  readCredential,
  writeCredential,
  type Credential,
  type OAuthCredential,
  type TokenCredential,
} from './credential-store';
import { withCredentialLock } from './credential-lock';
import { abortSessionWork } from './session-work';

/*
 * The steps a pasted token and "Sign in with HQ" share: check the addresses,
 * learn who the credential belongs to, and save — only once all of it worked.
 */

/** Normalised addresses, once the extension may reach the server (else a plain error, before any request). */
export async function checkedAddresses(
  rawServerUrl: string,
  rawWebAppUrl: string,
): Promise<{ serverUrl: string; webAppUrl: string }> {
  const serverUrl = checkedUrl(rawServerUrl, t('connection_serverUrlField'));
  const webAppUrl = checkedUrl(rawWebAppUrl, t('connection_webAppUrlField'));
  // Without the host permission fetch fails like a dead server; say why instead.
  if (!(await browser.permissions.contains({ origins: [originPattern(serverUrl)] }))) {
    throw new ProtocolError({
      kind: 'permission_missing',
      message: t('connection_noHostPermission', new URL(serverUrl).origin),
    });
  }
  return { serverUrl, webAppUrl };
}

/** Who the client's token belongs to; it must also be able to list (`/me` accepts any valid token). */
export async function identify(client: HqClient, serverUrl: string): Promise<Account> {
  const identity = await client.getMe();
  await client.checkCanRead();
  const account = accountFromIdentity(serverUrl, identity);
  if (!account) throw new ProtocolError({ kind: 'invalid', message: t('connection_noAccountName') });
  return account;
}

type NewCredential = Omit<TokenCredential, 'id'> | Omit<OAuthCredential, 'id'>;

export async function saveConnection(
  state: Omit<ConnectionState, 'signedOutReason' | 'deleteRefused'> & { account: Account },
  fresh: NewCredential,
): Promise<ConnectionState> {
  const credential = { ...fresh, id: newCredentialId() } as Credential;
  const saved: ConnectionState = { ...state, signedOutReason: null, deleteRefused: false };
  // Under the credential lock: a refresh of the old sign-in cannot land in between.
  const replaced = await withCredentialLock(async () => {
    const [previous, old] = await Promise.all([readConnectionState(), readCredential()]);
    // Another account's lists must never be shown, not even for a moment, and its running work stops.
    if (!sameAccount(previous.account, state.account)) {
      abortSessionWork();
      await clearAllCachedLists();
    }
    await writeCredential(credential);
    await writeConnectionState(saved);
    return old;
  });
  // A sign-in this one replaces is revoked at HQ, not left alive and forgotten.
  if (replaced?.kind === 'oauth')
    void revokeToken(replaced.serverUrl, { clientId: replaced.clientId, token: replaced.refreshToken }).catch(() => {});
  return saved;
}

function checkedUrl(input: string, label: string): string {
  const result = normalizeBaseUrl(input, label);
  if (!result.ok) throw new ProtocolError({ kind: 'invalid', message: result.reason });
  return result.url;
}
