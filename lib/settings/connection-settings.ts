import { browser } from 'wxt/browser';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from '../hq/hq-assumptions';
import type { Account } from '../hq/hq-types';

/*
 * Non-secret settings. They sit in storage.local, which content scripts can
 * read — so nothing here may ever be the token (see token-store.ts). Plain
 * storage calls, one read for all keys: the popup reads this on every open.
 */
const KEYS = { serverUrl: 'serverUrl', webAppUrl: 'webAppUrl', account: 'account' } as const;

/** What any extension page may know about the connection: never the token. */
export interface ConnectionState {
  serverUrl: string;
  webAppUrl: string;
  /** Who we are connected as; null when signed out. */
  account: Account | null;
}

export async function readConnectionState(): Promise<ConnectionState> {
  const stored: Record<string, unknown> = await browser.storage.local.get(Object.values(KEYS));
  const { serverUrl, webAppUrl, account } = stored;
  return {
    serverUrl: typeof serverUrl === 'string' ? serverUrl : DEFAULT_SERVER_URL,
    webAppUrl: typeof webAppUrl === 'string' ? webAppUrl : DEFAULT_WEB_APP_URL,
    account: isAccount(account) ? account : null,
  };
}

export async function writeConnectionState(state: ConnectionState): Promise<void> {
  await browser.storage.local.set({ [KEYS.serverUrl]: state.serverUrl, [KEYS.webAppUrl]: state.webAppUrl, [KEYS.account]: state.account });
}

export async function clearAccount(): Promise<void> {
  await browser.storage.local.remove(KEYS.account);
}

/** Two accounts are the same when both the server and the identity match. */
export function sameAccount(a: Account | null, b: Account | null): boolean {
  return !!a && !!b && a.serverUrl === b.serverUrl && a.identityKey === b.identityKey;
}

function isAccount(value: unknown): value is Account {
  if (!value || typeof value !== 'object') return false;
  const account = value as Record<string, unknown>;
  return typeof account.serverUrl === 'string' && typeof account.identityKey === 'string' && typeof account.displayName === 'string';
}
