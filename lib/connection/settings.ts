import { browser } from 'wxt/browser';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';
import type { Account, ConnectionState } from '@/lib/messaging/payloads';

/*
 * Non-secret settings. They sit in storage.local, which content scripts can
 * read — so nothing here may ever be the token (see background/credential-store.ts). Plain
 * storage calls, one read for all keys: the popup reads this on every open.
 */
const KEYS = { serverUrl: 'serverUrl', webAppUrl: 'webAppUrl', account: 'account' } as const;

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

function isAccount(value: unknown): value is Account {
  if (!value || typeof value !== 'object') return false;
  const account = value as Record<string, unknown>;
  return typeof account.serverUrl === 'string' && typeof account.identityKey === 'string' && typeof account.displayName === 'string';
}
