import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/lib/messaging/error-words';
import type { ConnectionState } from '@/lib/model/account';
import { sendMessage } from '@/lib/messaging/send-message';
import { normalizeBaseUrl } from '@/lib/connection/server-url';
import { ensureHostAccess } from '@/lib/connection/host-access';
import { formatLocale } from '@/lib/i18n/locale';
import { plural, t } from '@/lib/i18n/messages';

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
    const server = normalizeBaseUrl(addresses.serverUrl, t('connection_serverUrlField'));
    const webApp = normalizeBaseUrl(addresses.webAppUrl, t('connection_webAppUrlField'));
    if (!server.ok) return fail(server.reason);
    if (!webApp.ok) return fail(webApp.reason);
    const refused = await ensureHostAccess([server.url, webApp.url]);
    if (refused.length > 0) {
      const origins = new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(refused);
      return fail(plural('options_hostPermissionRefused', refused.length, origins));
    }
    return { serverUrl: server.url, webAppUrl: webApp.url };
  }

  function fail(message: string): null {
    setError(message);
    return null;
  }

  async function signIn(addresses: Addresses): Promise<void> {
    if (!addresses.clientId.trim()) return void fail(t('options_noClientId'));
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
      fail(t('options_pasteToken'));
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
    setNotice(t('options_signedOut'));
  }

  return { state, busy, error, notice, signIn, connectWithToken, signOut };
}
