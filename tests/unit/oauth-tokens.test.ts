import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_EARLY_MS, oauthTokenSource } from '@/lib/connection/background/oauth-tokens';
import { endSession } from '@/lib/connection/background/end-session';
import { readCredential, writeCredential, type OAuthCredential } from '@/lib/connection/background/credential-store';
import { readConnectionState, writeConnectionState } from '@/lib/connection/settings';
import { HqError } from '@/lib/hq/hq-errors';
import { refreshTokenSet } from '@/lib/hq/hq-oauth';

const SERVER = 'https://api.hq.example';

/**
 * HQ's token endpoint as the docs describe it: each refresh rotates the
 * refresh token, and presenting an old one revokes the whole family.
 */
function rotatingTokenEndpoint() {
  let generation = 0;
  let revoked = false;
  const endpoint = { refreshes: 0, reuses: 0, current: 'refresh-0' };
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const form = new URLSearchParams(String(init.body));
    await new Promise((resolve) => setTimeout(resolve, 5)); // a real round trip: others may ask meanwhile
    if (revoked || form.get('refresh_token') !== endpoint.current) {
      if (!revoked) endpoint.reuses += 1;
      revoked = true;
      return Response.json({ error: 'invalid_grant' }, { status: 400 });
    }
    endpoint.refreshes += 1;
    generation += 1;
    endpoint.current = `refresh-${generation}`;
    return Response.json({
      access_token: `access-${generation}`,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: endpoint.current,
      scope: 'conversations:read',
    });
  });
  return endpoint;
}

const session = oauthTokenSource('cred-1');
const currentAccessToken = () => session.current();
const renewAccessToken = (rejected: string) => session.renew(rejected);

const signedIn = (over: Partial<OAuthCredential> = {}): OAuthCredential => ({
  kind: 'oauth',
  id: 'cred-1',
  accessLifetimeMs: 3_600_000,
  serverUrl: SERVER,
  clientId: 'client-1',
  accessToken: 'access-0',
  accessExpiresAt: Date.now() + 3_600_000,
  refreshToken: 'refresh-0',
  scopes: ['conversations:read'],
  ...over,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

beforeEach(async () => {
  await writeCredential(signedIn());
  await writeConnectionState({
    serverUrl: SERVER,
    webAppUrl: 'https://hq.example',
    oauthClientId: 'client-1',
    account: { serverUrl: SERVER, identityKey: 'u1', displayName: 'Ada', email: null },
    grantedScopes: ['conversations:read'],
    signedOutReason: null,
    deleteRefused: false,
  });
});

describe('OAuth access tokens', () => {
  it('uses the saved token while it has time left', async () => {
    const endpoint = rotatingTokenEndpoint();
    expect(await currentAccessToken()).toBe('access-0');
    expect(endpoint.refreshes).toBe(0);
  });

  it('refreshes a little before expiry, and saves the new pair', async () => {
    const endpoint = rotatingTokenEndpoint();
    await writeCredential(signedIn({ accessExpiresAt: Date.now() + REFRESH_EARLY_MS - 1000 }));
    expect(await currentAccessToken()).toBe('access-1');
    expect(endpoint.refreshes).toBe(1);
    expect(await readCredential()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('refreshes once however many requests were rejected at the same time', async () => {
    const endpoint = rotatingTokenEndpoint();
    const renewed = await Promise.all(Array.from({ length: 12 }, () => renewAccessToken('access-0')));
    expect(new Set(renewed)).toEqual(new Set(['access-1']));
    expect(endpoint.refreshes).toBe(1);
    expect(endpoint.reuses).toBe(0);
    // A later rejection of the new token refreshes again, once.
    await Promise.all([renewAccessToken('access-1'), renewAccessToken('access-1')]);
    expect(endpoint.refreshes).toBe(2);
    expect(endpoint.reuses).toBe(0);
  });

  it('signs out, asking to sign in again, when HQ refuses the refresh token', async () => {
    const endpoint = rotatingTokenEndpoint();
    endpoint.current = 'someone-else';
    await expect(renewAccessToken('access-0')).rejects.toMatchObject({ info: { kind: 'session_ended' } });
    expect(await readCredential()).toBeUndefined();
    expect(await readConnectionState()).toMatchObject({ account: null, signedOutReason: 'session_ended' });
  });

  it('documents a crash between HQ’s rotation and the save: the next refresh is a re-use, so “sign in again”', async () => {
    const endpoint = rotatingTokenEndpoint();
    // A worker refreshed at HQ and died before saving: HQ rotated, the saved pair is the old one.
    await refreshTokenSet(SERVER, { clientId: 'client-1', refreshToken: 'refresh-0' });
    await expect(renewAccessToken('access-0')).rejects.toMatchObject({ info: { kind: 'session_ended' } });
    expect(endpoint.reuses).toBe(1);
    expect((await readConnectionState()).signedOutReason).toBe('session_ended');
  });

  it('keeps the sign-in when HQ cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(renewAccessToken('access-0')).rejects.toBeInstanceOf(HqError);
    expect(await readCredential()).toMatchObject({ refreshToken: 'refresh-0' });
  });

  it('never hands a session the token of the credential that replaced it', async () => {
    rotatingTokenEndpoint();
    await writeCredential(
      signedIn({ id: 'cred-2', accessToken: 'someone-elses-token', serverUrl: 'https://other.example' }),
    );
    await expect(currentAccessToken()).rejects.toMatchObject({ info: { kind: 'not_connected' } });
    await expect(renewAccessToken('access-0')).rejects.toMatchObject({ info: { kind: 'not_connected' } });
  });

  it('lets a refresh in flight finish before a sign-out forgets everything', async () => {
    const endpoint = rotatingTokenEndpoint();
    const refreshing = renewAccessToken('access-0');
    await new Promise((resolve) => setTimeout(resolve, 1)); // the refresh holds the lock now
    await endSession();
    expect(await refreshing).toBe('access-1');
    expect(endpoint.refreshes).toBe(1);
    expect(await readCredential()).toBeUndefined(); // the rotated pair did not come back after the sign-out
  });

  it('refreshes at half the life of short-lived access tokens, not before every request', async () => {
    const endpoint = rotatingTokenEndpoint();
    await writeCredential(signedIn({ accessLifetimeMs: 120_000, accessExpiresAt: Date.now() + 100_000 }));
    expect(await currentAccessToken()).toBe('access-0');
    expect(endpoint.refreshes).toBe(0);
  });
});
