import { useEffect, useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { sendMessage } from '@/lib/messaging/send-message';
import { describeError } from '@/lib/messaging/error-words';
import { normalizeBaseUrl } from '@/lib/connection/server-url';
import { ensureHostAccess } from '@/lib/connection/host-access';
import type { ConnectionState } from '@/lib/messaging/payloads';

type Busy = 'idle' | 'connecting' | 'signing-out';

export function ConnectionForm() {
  const [state, setState] = useState<ConnectionState | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [webAppUrl, setWebAppUrl] = useState('');
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [busy, setBusy] = useState<Busy>('idle');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ids = { server: useId(), webApp: useId(), token: useId(), tokenHint: useId() };

  useEffect(() => {
    void sendMessage('connection:get', {}).then((reply) => {
      if (!reply.ok) return setError(describeError(reply.error));
      setState(reply.data);
      setServerUrl(reply.data.serverUrl);
      setWebAppUrl(reply.data.webAppUrl);
    });
  }, []);

  async function onConnect(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const server = normalizeBaseUrl(serverUrl, 'Server URL');
    const webApp = normalizeBaseUrl(webAppUrl, 'Web app URL');
    if (!server.ok) return setError(server.reason);
    if (!webApp.ok) return setError(webApp.reason);
    if (!token.trim()) return setError('Paste an access token to connect.');

    setBusy('connecting');
    // Ask for custom hosts first, while the click still counts as a gesture.
    const refused = await ensureHostAccess([server.url, webApp.url]);
    if (refused.length > 0) {
      setBusy('idle');
      return setError(
        `Permission to reach ${refused.join(' and ')} was refused, so the extension cannot talk to it. Nothing was saved. Click Connect again and choose Allow.`,
      );
    }
    const reply = await sendMessage('connection:connect', { serverUrl: server.url, webAppUrl: webApp.url, token });
    setBusy('idle');
    if (!reply.ok) return setError(describeError(reply.error, { doing: 'connect', serverUrl: server.url }));
    setState(reply.data);
    setServerUrl(reply.data.serverUrl);
    setWebAppUrl(reply.data.webAppUrl);
    setToken('');
    setNotice(null);
  }

  async function onSignOut() {
    setError(null);
    setBusy('signing-out');
    const reply = await sendMessage('connection:sign-out', {});
    setBusy('idle');
    if (!reply.ok) return setError(describeError(reply.error));
    setState(reply.data);
    setNotice('Signed out. The token and the cached lists were removed from this browser.');
  }

  const account = state?.account ?? null;
  const who = account ? [account.displayName, account.email && account.email !== account.displayName ? `(${account.email})` : ''].join(' ').trim() : '';

  return (
    <form class="card" onSubmit={onConnect} noValidate aria-busy={busy !== 'idle'}>
      <div class="card-head">
        <h2>Connection</h2>
        <span class={`pill ${account ? 'on' : 'off'}`}>{account ? 'Connected' : 'Not connected'}</span>
      </div>

      <div class="messages">
      <div role="status" aria-live="polite" class="status-region">
        {account ? (
          <p class="notice success">
            Connected as <strong>{who}</strong> on {account.serverUrl}
          </p>
        ) : notice ? (
          <p class="notice success">{notice}</p>
        ) : null}
      </div>
      <div role="alert" class="alert-region">
        {error ? <p class="notice error">{error}</p> : null}
      </div>
      </div>

      <div class="field">
        <label for={ids.server}>Server URL</label>
        <input id={ids.server} name="serverUrl" type="url" inputMode="url" autoComplete="url" spellcheck={false}
          value={serverUrl} onInput={(e) => setServerUrl(e.currentTarget.value)} placeholder="https://api.hq.zone" />
        <p class="hint">The address of HQ's API. Change it only for a self-hosted or staging server.</p>
      </div>

      <div class="field">
        <label for={ids.webApp}>Web app URL</label>
        <input id={ids.webApp} name="webAppUrl" type="url" inputMode="url" spellcheck={false}
          value={webAppUrl} onInput={(e) => setWebAppUrl(e.currentTarget.value)} placeholder="https://hq.zone" />
        <p class="hint">Where you read conversations. The extension adds its artifacts panel to those pages.</p>
      </div>

      <div class="field">
        <label for={ids.token}>Access token</label>
        <div class="with-toggle">
          <input id={ids.token} name="token" type={showToken ? 'text' : 'password'} autoComplete="off" spellcheck={false}
            aria-describedby={ids.tokenHint} value={token} onInput={(e) => setToken(e.currentTarget.value)}
            placeholder={account ? 'Saved — paste a new token to replace it' : 'hq_pat_…'} />
          <button type="button" class="button toggle" aria-label="Show token" aria-pressed={showToken} onClick={() => setShowToken(!showToken)}>
            {showToken ? 'Hide' : 'Show'}
          </button>
        </div>
        <p class="hint" id={ids.tokenHint}>
          A personal access token from HQ. It stays in this browser, inside the extension — web pages never see it.
        </p>
      </div>

      <div class="actions">
        <button type="submit" class="button primary" disabled={busy !== 'idle'}>
          {busy === 'connecting' ? 'Connecting…' : 'Connect'}
        </button>
        {account ? (
          <button type="button" class="button danger" onClick={onSignOut} disabled={busy !== 'idle'}>
            {busy === 'signing-out' ? 'Signing out…' : 'Sign out'}
          </button>
        ) : null}
      </div>
    </form>
  );
}
