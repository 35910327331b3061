import { browser } from 'wxt/browser';
import { createHqClient } from '@/lib/hq/hq-client';
import { authorizeUrl, exchangeCode, revokeToken } from '@/lib/hq/hq-oauth';
import { HqError } from '@/lib/hq/hq-errors';
import { networkError } from '@/lib/hq/hq-http';
import { ProtocolError, type SignInFailure } from '@/lib/messaging/errors';
import type { Handler } from '@/lib/messaging/background/router';
import { challengeFor, randomState, randomVerifier } from '../pkce';
import { readAuthorizationAnswer } from '../authorization-answer';
import { checkedAddresses, identify, saveConnection } from './save-connection';

/**
 * "Sign in with HQ": OAuth 2.1 authorization code with PKCE, in a browser
 * window HQ controls (its sign-in and consent pages). The code is exchanged
 * here, in the background, so no page ever holds a token. Nothing is saved
 * until HQ said who the account is.
 */
export const signIn: Handler<'connection:sign-in'> = {
  allow: ['extension-page'],
  async handle({ serverUrl: rawServerUrl, webAppUrl: rawWebAppUrl, clientId }) {
    const { serverUrl, webAppUrl } = await checkedAddresses(rawServerUrl, rawWebAppUrl);
    await checkReachable(serverUrl);
    const verifier = randomVerifier();
    const state = randomState();
    const redirectUri = browser.identity.getRedirectURL();
    const url = authorizeUrl(serverUrl, { clientId, redirectUri, state, challenge: await challengeFor(verifier) });

    let redirectedTo: string | undefined;
    try {
      redirectedTo = await browser.identity.launchWebAuthFlow({ url, interactive: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Chrome says "Authorization page could not be loaded." when HQ answered the authorize
      // request with an error page. HQ was reachable a moment ago (checkReachable), so HQ
      // refused to start: an unknown client ID, or a redirect address it does not accept.
      if (/could not be loaded/i.test(message)) throw failure('unknown_client', message);
      throw failure('closed', message);
    }
    const answer = readAuthorizationAnswer(redirectedTo ?? '', state);
    if (!answer.ok) throw failure(answer.failure, answer.detail);

    let tokens;
    try {
      tokens = await exchangeCode(serverUrl, { clientId, code: answer.code, redirectUri, verifier });
    } catch (error) {
      if (error instanceof HqError && error.oauthError === 'invalid_client')
        throw failure('unknown_client', error.message);
      throw error;
    }
    let account;
    try {
      account = await identify(createHqClient({ serverUrl, token: tokens.accessToken }), serverUrl);
    } catch (error) {
      // Nothing is saved, so nothing may stay alive at HQ either.
      void revokeToken(serverUrl, { clientId, token: tokens.refreshToken }).catch(() => {});
      throw error;
    }
    try {
      return await saveConnection(
        { serverUrl, webAppUrl, oauthClientId: clientId, account, grantedScopes: tokens.scopes },
        { kind: 'oauth', serverUrl, clientId, ...tokens },
      );
    } catch (error) {
      // Not saved (storage refused, say): the tokens HQ issued must not stay alive either.
      void revokeToken(serverUrl, { clientId, token: tokens.refreshToken }).catch(() => {});
      throw error;
    }
  },
};

/** A dead server would otherwise show as a browser error page inside the sign-in window. */
async function checkReachable(serverUrl: string): Promise<void> {
  try {
    // Any answer will do, a redirect too: it is not followed (no HQ call is).
    const response = await fetch(`${serverUrl}/v1/api/me`, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
  } catch (cause) {
    throw networkError(cause);
  }
}

function failure(reason: SignInFailure, message: string): ProtocolError {
  return new ProtocolError({ kind: 'sign_in', reason, message });
}
