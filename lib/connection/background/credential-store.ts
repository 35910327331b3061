import { createStore, del, get, set } from 'idb-keyval';

/*
 * The access token lives in the extension's own IndexedDB, not in
 * chrome.storage: content scripts can read storage.local and storage.sync,
 * but they run in the page's origin and cannot open the extension origin's
 * IndexedDB. Only the background imports this module.
 *
 * The token is stored with the server it belongs to, in one record, so a
 * token can never be paired with another account's server address.
 */
const secrets = createStore('hq-secrets', 'secrets');
const CREDENTIAL_KEY = 'credential';

export interface Credential {
  serverUrl: string;
  token: string;
}

export async function readCredential(): Promise<Credential | undefined> {
  const value = await get<Credential>(CREDENTIAL_KEY, secrets);
  return value && typeof value.token === 'string' && typeof value.serverUrl === 'string' ? value : undefined;
}

export function writeCredential(credential: Credential): Promise<void> {
  return set(CREDENTIAL_KEY, credential, secrets);
}

export function forgetCredential(): Promise<void> {
  return del(CREDENTIAL_KEY, secrets);
}
