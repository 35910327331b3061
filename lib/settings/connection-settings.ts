import { storage } from 'wxt/utils/storage';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from '../hq/hq-assumptions';
import type { Account } from '../hq/hq-types';

/*
 * Non-secret settings. They sit in storage.local, which content scripts can
 * read — so nothing here may ever be the token (see token-store.ts).
 */
const serverUrlItem = storage.defineItem<string>('local:serverUrl', { fallback: DEFAULT_SERVER_URL });
const webAppUrlItem = storage.defineItem<string>('local:webAppUrl', { fallback: DEFAULT_WEB_APP_URL });
const accountItem = storage.defineItem<Account | null>('local:account', { fallback: null });

/** What any extension page may know about the connection: never the token. */
export interface ConnectionState {
  serverUrl: string;
  webAppUrl: string;
  /** Who we are connected as; null when signed out. */
  account: Account | null;
}

export async function readConnectionState(): Promise<ConnectionState> {
  const [serverUrl, webAppUrl, account] = await Promise.all([
    serverUrlItem.getValue(),
    webAppUrlItem.getValue(),
    accountItem.getValue(),
  ]);
  return { serverUrl, webAppUrl, account };
}

export async function writeConnectionState(state: ConnectionState): Promise<void> {
  await Promise.all([
    serverUrlItem.setValue(state.serverUrl),
    webAppUrlItem.setValue(state.webAppUrl),
    accountItem.setValue(state.account),
  ]);
}

export function clearAccount(): Promise<void> {
  return accountItem.setValue(null);
}

/** Two accounts are the same when both the server and the identity match. */
export function sameAccount(a: Account | null, b: Account | null): boolean {
  return !!a && !!b && a.serverUrl === b.serverUrl && a.identityKey === b.identityKey;
}
