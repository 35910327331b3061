import { HqError } from '@/lib/hq/hq-errors';
import { refreshTokenSet } from '@/lib/hq/hq-oauth';
import { ProtocolError, notConnected } from '@/lib/messaging/errors';
import { readCredential, writeCredential, type OAuthCredential } from './credential-store';
import { endSession } from './end-session';

/*
 * The OAuth access token's life. HQ rotates refresh tokens and revokes the
 * whole family when an old one is used again, so a refresh must happen once
 * however many requests need it: one at a time (a lock), re-reading the
 * credential after the wait, and saving the new pair before anyone uses it.
 * Everything lives in the extension's IndexedDB, so a service worker killed
 * between two requests picks up where it was. Killed between HQ's rotation
 * and the save, the saved refresh token is the old one: the next refresh is
 * a re-use, HQ revokes the family, and the person is asked to sign in again.
 */

/** Refresh this long before the access token runs out. */
export const REFRESH_EARLY_MS = 5 * 60_000;

/** The access token to use now, refreshed first when it is about to expire. */
export async function currentAccessToken(): Promise<string> {
  const credential = await readOAuthCredential();
  if (credential.accessExpiresAt - Date.now() > REFRESH_EARLY_MS) return credential.accessToken;
  return refreshOnce(credential.accessToken);
}

/** A newer access token after HQ rejected `rejected` (401). */
export function renewAccessToken(rejected: string): Promise<string> {
  return refreshOnce(rejected);
}

function refreshOnce(stale: string): Promise<string> {
  return withRefreshLock(async () => {
    const credential = await readOAuthCredential();
    // Someone refreshed while we waited: use theirs, never rotate twice.
    if (credential.accessToken !== stale) return credential.accessToken;
    let tokens;
    try {
      tokens = await refreshTokenSet(credential.serverUrl, { clientId: credential.clientId, refreshToken: credential.refreshToken });
    } catch (error) {
      if (error instanceof HqError && error.oauthError === 'invalid_grant') {
        // Expired, revoked, or re-used: this sign-in is over.
        await endSession('session_ended');
        throw new ProtocolError({ kind: 'session_ended', message: 'The HQ sign-in has ended.' });
      }
      throw error;
    }
    const next: OAuthCredential = { ...credential, ...tokens };
    await writeCredential(next); // saved before it is used
    return next.accessToken;
  });
}

async function readOAuthCredential(): Promise<OAuthCredential> {
  const credential = await readCredential();
  if (credential?.kind !== 'oauth') throw notConnected();
  return credential;
}

let chain: Promise<unknown> = Promise.resolve();

/** Web Locks where there are any (the service worker), else one queue in this context. */
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('hq-oauth-refresh', task) as Promise<T>;
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
