import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/lib/messaging/error-words';
import type { ConnectionState } from '@/lib/model/account';
import { sendMessage } from '@/lib/messaging/send-message';
import { normalizeBaseUrl } from '@/lib/connection/server-url';
import { ensureHostAccess } from '@/lib/connection/host-access';

export type Busy = 'idle' | 'signing-in' | 'connecting' | 'signing-out';

export interface Addresses {
  serverUrl: string;
  webAppUrl: string;
  clientId: string;
}

/**
 * The options page's connection: what the background says it is, and the
 * three things a person can do — sign in with HQ, connect with a token, sign
 * out. Each outcome is one message: a notice, or an error in plain words.
 */
export function useConnection() {
  const [state, setState] = useState<ConnectionState | null>(null);
  const [busy, setBusy] = useState<Busy>('idle');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage('connection:get', {}).then((reply) =>
      reply.ok ? setState(reply.data) : setError(describeError(reply.error)),
    );
  }, []);

  /** Checks the addresses and asks for host access while the click still counts as a gesture; null when refused. */
  async function prepare(addresses: Addresses): Promise<{ serverUrl: string; webAppUrl: string } | null> {
    setError(null);
    setNotice(null);
    const server = normalizeBaseUrl(addresses.serverUrl, 'Server URL');
    const webApp = normalizeBaseUrl(addresses.webAppUrl, 'Web app URL');
    if (!server.ok) return fail(server.reason);
    if (!webApp.ok) return fail(webApp.reason);
    const refused = await ensureHostAccess([server.url, webApp.url]);
    if (refused.length > 0) {
      return fail(
        `Permission to reach ${refused.join(' and ')} was refused, so the extension cannot talk to it. Nothing was saved. Try again and choose Allow.`,
      );
    }
    return { serverUrl: server.url, webAppUrl: webApp.url };
  }

  function fail(message: string): null {
    setError(message);
    return null;
  }

  async function signIn(addresses: Addresses): Promise<void> {
    if (!addresses.clientId.trim())
      return void fail(
        'This build has no OAuth Client ID. Enter the one your HQ admin registered for this extension under Advanced, or use an access token instead.',
      );
    setBusy('signing-in');
    const checked = await prepare(addresses);
    if (!checked) return setBusy('idle');
    const reply = await sendMessage('connection:sign-in', { ...checked, clientId: addresses.clientId.trim() });
    setBusy('idle');
    if (!reply.ok) return void setError(describeError(reply.error, { doing: 'connect', serverUrl: checked.serverUrl }));
    setState(reply.data);
  }

  /** Resolves true when connected. */
  async function connectWithToken(addresses: Addresses, token: string): Promise<boolean> {
    if (!token.trim()) {
      fail('Paste an access token to connect.');
      return false;
    }
    setBusy('connecting');
    const checked = await prepare(addresses);
    if (!checked) {
      setBusy('idle');
      return false;
    }
    const reply = await sendMessage('connection:connect', { ...checked, token });
    setBusy('idle');
    if (!reply.ok) {
      setError(describeError(reply.error, { doing: 'connect', serverUrl: checked.serverUrl }));
      return false;
    }
    setState(reply.data);
    return true;
  }

  async function signOut(): Promise<void> {
    setError(null);
    setBusy('signing-out');
    const reply = await sendMessage('connection:sign-out', {});
    setBusy('idle');
    if (!reply.ok) return void setError(describeError(reply.error));
    setState(reply.data);
    setNotice('Signed out. The sign-in and the cached lists were removed from this browser.');
  }

  return { state, busy, error, notice, signIn, connectWithToken, signOut };
}
