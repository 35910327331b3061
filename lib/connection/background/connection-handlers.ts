import { createHqClient } from '@/lib/hq/hq-client';
import { revokeToken } from '@/lib/hq/hq-oauth';
import type { Handler } from '@/lib/messaging/background/router';
import { readConnectionState } from '../settings';
import { readCredential } from './credential-store';
import { withCredentialLock } from './credential-lock';
import { endSessionLocked } from './end-session';
import { checkedAddresses, identify, saveConnection } from './save-connection';

export const getConnection: Handler<'connection:get'> = {
  allow: ['extension-page'],
  handle: () => readConnectionState(),
};

/** "Use an access token instead": a pasted personal access token. */
export const connect: Handler<'connection:connect'> = {
  allow: ['extension-page'],
  async handle({ serverUrl: rawServerUrl, webAppUrl: rawWebAppUrl, token }) {
    const { serverUrl, webAppUrl } = await checkedAddresses(rawServerUrl, rawWebAppUrl);
    const account = await identify(createHqClient({ serverUrl, token }), serverUrl);
    const { oauthClientId } = await readConnectionState();
    return saveConnection(
      { serverUrl, webAppUrl, oauthClientId, account, grantedScopes: null },
      { kind: 'token', serverUrl, token },
    );
  },
};

export const signOut: Handler<'connection:sign-out'> = {
  allow: ['extension-page'],
  async handle() {
    // Forgotten under the credential lock, so a refresh in flight finishes first and its newest pair is the one revoked.
    const credential = await withCredentialLock(async () => {
      const saved = await readCredential();
      await endSessionLocked();
      return saved;
    });
    // A signed-in session is revoked at HQ too (the whole token family); being offline must not keep anyone signed in here.
    if (credential?.kind === 'oauth') {
      await revokeToken(credential.serverUrl, { clientId: credential.clientId, token: credential.refreshToken }).catch(
        () => {},
      );
    }
    return readConnectionState();
  },
};
