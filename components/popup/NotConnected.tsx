import { browser } from 'wxt/browser';

/** First run, or after sign-out: say what to do, one button. */
export function NotConnected() {
  return (
    <section class="empty-state" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">Connect to HQ</h2>
      <p>Add your HQ access token once, and your agents' files appear here.</p>
      <button type="button" class="button primary" onClick={() => void browser.runtime.openOptionsPage()}>
        Open settings
      </button>
    </section>
  );
}
