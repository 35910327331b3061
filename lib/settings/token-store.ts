import { createStore, del, get, set } from 'idb-keyval';

/*
 * The access token lives in the extension's own IndexedDB, not in
 * chrome.storage: content scripts can read storage.local and storage.sync,
 * but they run in the page's origin and cannot open the extension origin's
 * IndexedDB. Only the background imports this module.
 */
const secrets = createStore('hq-secrets', 'secrets');
const TOKEN_KEY = 'access-token';

export function readToken(): Promise<string | undefined> {
  return get<string>(TOKEN_KEY, secrets);
}

export function writeToken(token: string): Promise<void> {
  return set(TOKEN_KEY, token, secrets);
}

export function forgetToken(): Promise<void> {
  return del(TOKEN_KEY, secrets);
}
