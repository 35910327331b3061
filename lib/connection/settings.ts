import { browser } from 'wxt/browser';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';
import type { Account, ConnectionState } from '@/lib/model/account';
import { t } from '@/lib/i18n/messages';

/*
 * Non-secret settings. They sit in storage.local, which content scripts can
 * read — so nothing here may ever be the token (see background/credential-store.ts). Plain
 * storage calls, one read for all keys: the popup reads this on every open.
 */
const KEYS = {
  serverUrl: 'serverUrl',
  webAppUrl: 'webAppUrl',
  oauthClientId: 'oauthClientId',
  account: 'account',
  grantedScopes: 'grantedScopes',
  signedOutReason: 'signedOutReason',
  deleteRefused: 'deleteRefused',
} as const;

/**
 * The OAuth client id this build ships (`WXT_HQ_OAUTH_CLIENT_ID` at build
 * time; HQ pre-registers none for third parties). People can override it.
 */
export const DEFAULT_OAUTH_CLIENT_ID: string =
  (import.meta.env as Record<string, string | undefined>).WXT_HQ_OAUTH_CLIENT_ID ?? '';

export async function readConnectionState(): Promise<ConnectionState> {
  const stored: Record<string, unknown> = await browser.storage.local.get(Object.values(KEYS));
  const { serverUrl, webAppUrl, oauthClientId, account, grantedScopes, signedOutReason, deleteRefused } = stored;
  return {
    serverUrl: typeof serverUrl === 'string' ? serverUrl : DEFAULT_SERVER_URL,
    webAppUrl: typeof webAppUrl === 'string' ? webAppUrl : DEFAULT_WEB_APP_URL,
    oauthClientId: typeof oauthClientId === 'string' ? oauthClientId : DEFAULT_OAUTH_CLIENT_ID,
    account: isAccount(account) ? account : null,
    grantedScopes:
      Array.isArray(grantedScopes) && grantedScopes.every((s) => typeof s === 'string') ? grantedScopes : null,
    signedOutReason: signedOutReason === 'session_ended' ? signedOutReason : null,
    deleteRefused: deleteRefused === true,
  };
}

/** Just the web app's address: all the content script needs, on every page of the web app. */
export async function readWebAppUrl(): Promise<string> {
  const { webAppUrl }: Record<string, unknown> = await browser.storage.local.get(KEYS.webAppUrl);
  return typeof webAppUrl === 'string' ? webAppUrl : DEFAULT_WEB_APP_URL;
}

export async function writeConnectionState(state: ConnectionState): Promise<void> {
  await browser.storage.local.set({
    [KEYS.serverUrl]: state.serverUrl,
    [KEYS.webAppUrl]: state.webAppUrl,
    [KEYS.oauthClientId]: state.oauthClientId,
    [KEYS.account]: state.account,
    [KEYS.grantedScopes]: state.grantedScopes,
    [KEYS.signedOutReason]: state.signedOutReason,
    [KEYS.deleteRefused]: state.deleteRefused,
  });
}

/** HQ answered a delete with 403: this connection may not delete, so Delete is shown disabled until the next sign-in. */
export async function rememberDeleteRefused(): Promise<void> {
  await browser.storage.local.set({ [KEYS.deleteRefused]: true });
}

/** Signed out; `reason` says why when the person did not ask for it. */
export async function clearAccount(reason: ConnectionState['signedOutReason'] = null): Promise<void> {
  await browser.storage.local.remove([KEYS.account, KEYS.grantedScopes, KEYS.deleteRefused]);
  await browser.storage.local.set({ [KEYS.signedOutReason]: reason });
}

/**
 * Whether Delete may be offered, and if not, why — in words for its tooltip.
 * Unknown scopes (a pasted token) leave it to HQ to refuse; after one 403 we know.
 */
export function deleteAccess(
  state: Pick<ConnectionState, 'grantedScopes' | 'deleteRefused'>,
): { allowed: true } | { allowed: false; reason: string } {
  if (state.grantedScopes !== null && !state.grantedScopes.includes('conversations:write')) {
    return { allowed: false, reason: t('connection_deleteNotGranted') };
  }
  if (state.deleteRefused) return { allowed: false, reason: t('connection_deleteRefused') };
  return { allowed: true };
}

function isAccount(value: unknown): value is Account {
  if (!value || typeof value !== 'object') return false;
  const account = value as Record<string, unknown>;
  return (
    typeof account.serverUrl === 'string' &&
    typeof account.identityKey === 'string' &&
    typeof account.displayName === 'string'
  );
}
