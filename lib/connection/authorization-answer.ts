import type { SignInFailure } from '@/lib/messaging/errors';
import { t } from '@/lib/i18n/messages';

export type AuthorizationAnswer = { ok: true; code: string } | { ok: false; failure: SignInFailure; detail: string };

/**
 * Reads the address HQ redirected the sign-in window to. The `state` must be
 * the one this sign-in sent — otherwise the answer belongs to another
 * request (or an attacker) and is refused, error or not.
 */
export function readAuthorizationAnswer(redirectedTo: string, expectedState: string): AuthorizationAnswer {
  let params: URLSearchParams;
  try {
    params = new URL(redirectedTo).searchParams;
  } catch {
    return { ok: false, failure: 'refused', detail: t('connection_unreadableRedirect') };
  }
  if (params.get('state') !== expectedState)
    return { ok: false, failure: 'state_mismatch', detail: 'state did not match' };
  const error = params.get('error');
  if (error === 'access_denied') return { ok: false, failure: 'denied', detail: error };
  if (error)
    return {
      ok: false,
      failure: 'refused',
      detail: [error, params.get('error_description')].filter(Boolean).join(': '),
    };
  const code = params.get('code');
  // A `refused` detail is shown to the person (error_signInRefused); `state_mismatch`'s is for developers.
  return code ? { ok: true, code } : { ok: false, failure: 'refused', detail: t('connection_noAuthorizationCode') };
}
