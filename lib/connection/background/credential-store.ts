import { createStore, del, get, set } from 'idb-keyval';

/*
 * The credential lives in the extension's own IndexedDB, not in
 * chrome.storage: content scripts can read storage.local and storage.sync,
 * but they run in the page's origin and cannot open the extension origin's
 * IndexedDB. Only the background imports this module.
 *
 * The credential is stored with the server it belongs to, in one record, so
 * a token can never be paired with another account's server address.
 */
const secrets = createStore('hq-secrets', 'secrets');
const CREDENTIAL_KEY = 'credential';

/** Which saved credential this is: a session made from one must not use its successor's token. */
interface Saved {
  id: string;
}

/** A pasted personal access token. */
export interface TokenCredential extends Saved {
  kind: 'token';
  serverUrl: string;
  token: string;
}

/** "Sign in with HQ": OAuth tokens that expire and rotate. */
export interface OAuthCredential extends Saved {
  kind: 'oauth';
  serverUrl: string;
  clientId: string;
  accessToken: string;
  /** Epoch ms. */
  accessExpiresAt: number;
  /** How long HQ said access tokens live (ms), to refresh early by a sensible share of it. */
  accessLifetimeMs: number;
  refreshToken: string;
  scopes: string[];
}

export type Credential = TokenCredential | OAuthCredential;

export async function readCredential(): Promise<Credential | undefined> {
  const value = await get<Partial<Credential> & { token?: unknown }>(CREDENTIAL_KEY, secrets);
  if (!value || typeof value.serverUrl !== 'string') return undefined;
  const id = typeof value.id === 'string' ? value.id : 'saved-before-ids';
  if (value.kind === 'oauth')
    return typeof value.accessToken === 'string' && typeof value.refreshToken === 'string'
      ? { ...(value as OAuthCredential), id }
      : undefined;
  // Records from before sign-in existed have no kind: they are tokens.
  return typeof value.token === 'string'
    ? { kind: 'token', id, serverUrl: value.serverUrl, token: value.token }
    : undefined;
}

export function writeCredential(credential: Credential): Promise<void> {
  return set(CREDENTIAL_KEY, credential, secrets);
}

export function forgetCredential(): Promise<void> {
  return del(CREDENTIAL_KEY, secrets);
}

/** A fresh id for a credential about to be saved. */
export function newCredentialId(): string {
  return crypto.randomUUID();
}
