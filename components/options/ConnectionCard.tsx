import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';
import { DEFAULT_OAUTH_CLIENT_ID } from '@/lib/connection/settings';
import { describeError } from '@/lib/messaging/error-words';
import { t } from '@/lib/i18n/messages';
import type { Account } from '@/lib/model/account';
import { useConnection, type Addresses } from './use-connection';
import { AdvancedSettings } from './AdvancedSettings';
import { TokenForm } from './TokenForm';
import { richText } from '@/components/shared/rich-text';

/** Connected or not, and how to change that: Sign in with HQ first, a pasted token as the alternative. */
export function ConnectionCard() {
  const connection = useConnection();
  const { state, busy } = connection;
  const [addresses, setAddresses] = useState<Addresses>({ serverUrl: '', webAppUrl: '', clientId: '' });

  useEffect(() => {
    if (state) setAddresses({ serverUrl: state.serverUrl, webAppUrl: state.webAppUrl, clientId: state.oauthClientId });
  }, [state]);

  const account = state?.account ?? null;
  // Show the addresses when they are not HQ's own, or when sign-in cannot work without a client ID.
  const customised =
    !!state &&
    (state.serverUrl !== DEFAULT_SERVER_URL ||
      state.webAppUrl !== DEFAULT_WEB_APP_URL ||
      state.oauthClientId !== DEFAULT_OAUTH_CLIENT_ID ||
      !state.oauthClientId);
  const ended = !account && state?.signedOutReason === 'session_ended' && !connection.error;

  return (
    <section class="card" aria-labelledby="connection-title" aria-busy={busy !== 'idle'}>
      <div class="card-head">
        <h2 id="connection-title">{t('options_connectionTitle')}</h2>
        <span class={`pill ${account ? 'on' : 'off'}`}>
          {account ? t('options_connectedPill') : t('options_notConnectedPill')}
        </span>
      </div>

      <div class="messages">
        <div role="status" aria-live="polite" class="status-region">
          {account ? (
            <p class="notice success">
              {richText('options_connectedAs', <strong>{accountName(account)}</strong>, <bdi>{account.serverUrl}</bdi>)}
            </p>
          ) : connection.notice ? (
            <p class="notice success">{connection.notice}</p>
          ) : busy === 'signing-in' ? (
            <p class="notice info">{t('options_finishSigningIn')}</p>
          ) : null}
        </div>
        <div role="alert" class="alert-region">
          {connection.error ? <p class="notice error">{connection.error}</p> : null}
          {ended ? <p class="notice error">{describeError({ kind: 'session_ended', message: '' })}</p> : null}
        </div>
      </div>

      <div class="actions">
        <button
          type="button"
          class="button primary"
          disabled={busy !== 'idle'}
          onClick={() => void connection.signIn(addresses)}
        >
          {busy === 'signing-in'
            ? t('options_signingIn')
            : account
              ? t('options_signInAgainButton')
              : t('options_signInButton')}
        </button>
        {account ? (
          <button
            type="button"
            class="button danger"
            onClick={() => void connection.signOut()}
            disabled={busy !== 'idle'}
          >
            {busy === 'signing-out' ? t('options_signingOut') : t('options_signOutButton')}
          </button>
        ) : null}
      </div>

      <TokenForm
        connected={!!account}
        busy={busy !== 'idle'}
        onConnect={(token) => connection.connectWithToken(addresses, token)}
      />
      {state ? <AdvancedSettings addresses={addresses} open={customised} onChange={setAddresses} /> : null}
    </section>
  );
}

/** The account's name, and its email when that says more; each isolated, as HQ's data may run either way. */
function accountName({ displayName, email }: Account) {
  if (!email || email === displayName) return <bdi>{displayName}</bdi>;
  return richText('options_accountNameWithEmail', <bdi>{displayName}</bdi>, <bdi>{email}</bdi>);
}
