import { browser } from 'wxt/browser';
import { describeError } from '@/lib/messaging/error-words';
import type { ConnectionState } from '@/lib/model/account';
import { t } from '@/lib/i18n/messages';

/** First run, after sign-out, or after HQ ended the sign-in: say what to do, one button. */
export function NotConnected({ signedOutReason }: Pick<ConnectionState, 'signedOutReason'>) {
  const ended = signedOutReason === 'session_ended';
  return (
    <section class="empty-state" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">{t(ended ? 'popup_signedOutTitle' : 'popup_connectTitle')}</h2>
      {ended ? (
        <p role="alert">{describeError({ kind: 'session_ended', message: '' })}</p>
      ) : (
        <p>{t('popup_connectHint')}</p>
      )}
      <button type="button" class="button primary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(ended ? 'popup_signInAgain' : 'popup_signIn')}
      </button>
    </section>
  );
}
