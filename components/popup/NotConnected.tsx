import { browser } from 'wxt/browser';
import { describeError } from '@/lib/messaging/error-words';
import type { ConnectionState } from '@/lib/model/account';

/** First run, after sign-out, or after HQ ended the sign-in: say what to do, one button. */
export function NotConnected({ signedOutReason }: Pick<ConnectionState, 'signedOutReason'>) {
  const ended = signedOutReason === 'session_ended';
  return (
    <section class="empty-state" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">{ended ? 'Signed out' : 'Connect to HQ'}</h2>
      {ended ? (
        <p role="alert">{describeError({ kind: 'session_ended', message: '' })}</p>
      ) : (
        <p>Sign in with your HQ account once, and your agents' files appear here.</p>
      )}
      <button type="button" class="button primary" onClick={() => void browser.runtime.openOptionsPage()}>
        {ended ? 'Sign in again' : 'Sign in'}
      </button>
    </section>
  );
}
