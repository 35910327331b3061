import { useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';

interface Props {
  connected: boolean;
  busy: boolean;
  /** Resolves true when connected (the field is then cleared). */
  onConnect(token: string): Promise<boolean>;
}

/** The alternative to signing in: a personal access token an HQ admin issued. */
export function TokenForm({ connected, busy, onConnect }: Props) {
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const ids = { token: useId(), hint: useId() };

  async function onSubmit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await onConnect(token)) setToken('');
  }

  return (
    <details class="disclosure">
      <summary>Use an access token instead</summary>
      <form class="disclosure-body" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for={ids.token}>Access token</label>
          <div class="with-toggle">
            <input
              id={ids.token}
              name="token"
              type={showToken ? 'text' : 'password'}
              autoComplete="off"
              spellcheck={false}
              aria-describedby={ids.hint}
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
              placeholder={connected ? 'Paste a new token to replace the connection' : 'hq_pat_…'}
            />
            <button
              type="button"
              class="button toggle"
              aria-label="Show token"
              aria-pressed={showToken}
              onClick={() => setShowToken(!showToken)}
            >
              {showToken ? 'Hide' : 'Show'}
            </button>
          </div>
          <p class="hint" id={ids.hint}>
            A personal access token from HQ (workspace admins issue them). It stays in this browser, inside the
            extension — web pages never see it.
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            Connect
          </button>
        </div>
      </form>
    </details>
  );
}
