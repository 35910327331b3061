import { HqError } from '@/lib/hq/hq-errors';
import { refreshTokenSet, revokeToken } from '@/lib/hq/hq-oauth';
import { ProtocolError } from '@/lib/messaging/errors';
import { notConnected } from '../not-connected';
import { readCredential, writeCredential, type OAuthCredential } from './credential-store';
import { withCredentialLock } from './credential-lock';
import { endSessionLocked } from './end-session';

/*
 * The OAuth access token's life. HQ rotates refresh tokens and revokes the
 * whole family when an old one is used again, so a refresh must happen once
 * however many requests need it: under the credential lock (which sign-in
 * and sign-out take too), re-reading the credential after the wait, and
 * saving the new pair before anyone uses it. Everything lives in the
 * extension's IndexedDB, so a service worker killed between two requests
 * picks up where it was. Killed between HQ's rotation and the save, the saved
 * refresh token is the old one: the next refresh is a re-use, HQ revokes the
 * family, and the person is asked to sign in again.
 */

/** Refresh this long before the access token runs out — or at half its life, if HQ issues short ones. */
export const REFRESH_EARLY_MS = 5 * 60_000;

function refreshDue(credential: OAuthCredential): boolean {
  const early = Math.min(REFRESH_EARLY_MS, (credential.accessLifetimeMs || 3_600_000) / 2);
  return credential.accessExpiresAt - Date.now() <= early;
}

/**
 * The token source of one session: tokens of the credential `credentialId`
 * only. Once that credential was replaced (another account, another server)
 * or removed, the session is over — it never picks up its successor's token.
 */
export function oauthTokenSource(credentialId: string) {
  return {
    async current(): Promise<string> {
      const credential = await readOAuthCredential(credentialId);
      return refreshDue(credential) ? refreshOnce(credentialId, credential.accessToken) : credential.accessToken;
    },
    /** A newer access token after HQ rejected `rejected` (401). */
    renew: (rejected: string): Promise<string> => refreshOnce(credentialId, rejected),
  };
}

function refreshOnce(credentialId: string, stale: string): Promise<string> {
  return withCredentialLock(async () => {
    const credential = await readOAuthCredential(credentialId);
    // Someone refreshed while we waited: use theirs, never rotate twice.
    if (credential.accessToken !== stale) return credential.accessToken;
    let tokens;
    try {
      tokens = await refreshTokenSet(credential.serverUrl, {
        clientId: credential.clientId,
        refreshToken: credential.refreshToken,
      });
    } catch (error) {
      if (error instanceof HqError && error.oauthError === 'invalid_grant') {
        // Expired, revoked, or re-used: this sign-in is over.
        await endSessionLocked('session_ended');
        throw new ProtocolError({ kind: 'session_ended', message: 'The HQ sign-in has ended.' });
      }
      throw error;
    }
    const next: OAuthCredential = { ...credential, ...tokens };
    try {
      await writeCredential(next); // saved before it is used
    } catch (error) {
      // Unsaved, the new pair would be lost and the old one is now a re-use: give it back to HQ.
      void revokeToken(credential.serverUrl, { clientId: credential.clientId, token: tokens.refreshToken }).catch(
        () => {},
      );
      throw error;
    }
    return next.accessToken;
  });
}

async function readOAuthCredential(credentialId: string): Promise<OAuthCredential> {
  const credential = await readCredential();
  if (credential?.kind !== 'oauth' || credential.id !== credentialId) throw notConnected();
  return credential;
}
