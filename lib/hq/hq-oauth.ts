import * as v from 'valibot';
import { HqError } from './hq-errors';
import { errorFromResponse, networkError, refuseRedirect } from './hq-http';

/*
 * HQ's OAuth 2.1 endpoints for a public client (hq-api.md): the authorize
 * URL, and the token and revoke calls — form-encoded, on the API base.
 */

const REQUESTED_SCOPES = 'conversations:read conversations:write';

const TokenResponseSchema = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.optional(v.string()),
  expires_in: v.optional(v.number(), 3600),
  refresh_token: v.pipe(v.string(), v.minLength(1)),
  scope: v.optional(v.string(), ''),
});

export interface TokenSet {
  accessToken: string;
  /** Epoch ms. */
  accessExpiresAt: number;
  accessLifetimeMs: number;
  refreshToken: string;
  scopes: string[];
}

export function authorizeUrl(
  serverUrl: string,
  params: { clientId: string; redirectUri: string; state: string; challenge: string },
): string {
  const url = new URL(`${serverUrl.replace(/\/+$/, '')}/v1/oauth/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    scope: REQUESTED_SCOPES,
    state: params.state,
    code_challenge: params.challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export function exchangeCode(
  serverUrl: string,
  p: { clientId: string; code: string; redirectUri: string; verifier: string },
  doFetch: typeof fetch = fetch,
): Promise<TokenSet> {
  return tokenRequest(
    serverUrl,
    {
      grant_type: 'authorization_code',
      code: p.code,
      redirect_uri: p.redirectUri,
      client_id: p.clientId,
      code_verifier: p.verifier,
    },
    doFetch,
  );
}

export function refreshTokenSet(
  serverUrl: string,
  p: { clientId: string; refreshToken: string },
  doFetch: typeof fetch = fetch,
): Promise<TokenSet> {
  return tokenRequest(
    serverUrl,
    { grant_type: 'refresh_token', refresh_token: p.refreshToken, client_id: p.clientId },
    doFetch,
  );
}

/** Revokes the token's whole family. HQ always answers 200; failures to reach it are the caller's to ignore. */
export async function revokeToken(
  serverUrl: string,
  p: { clientId: string; token: string },
  doFetch: typeof fetch = fetch,
): Promise<void> {
  await post(serverUrl, '/v1/oauth/revoke', { client_id: p.clientId, token: p.token }, doFetch);
}

async function tokenRequest(serverUrl: string, form: Record<string, string>, doFetch: typeof fetch): Promise<TokenSet> {
  const requestedAt = Date.now();
  const response = await post(serverUrl, '/v1/oauth/token', form, doFetch);
  if (!response.ok) throw await errorFromResponse(response, 'oauth');
  const body: unknown = await response.json().catch(() => null);
  const parsed = v.safeParse(TokenResponseSchema, body);
  if (!parsed.success)
    throw new HqError({ kind: 'malformed', message: `Unexpected token answer: ${v.summarize(parsed.issues)}` });
  const t = parsed.output;
  return {
    accessToken: t.access_token,
    accessExpiresAt: requestedAt + t.expires_in * 1000,
    accessLifetimeMs: t.expires_in * 1000,
    refreshToken: t.refresh_token,
    scopes: t.scope.split(/\s+/).filter(Boolean),
  };
}

/** A redirect is never followed: a 307 or 308 would re-send the form — refresh token, code, verifier — to wherever it points. */
async function post(
  serverUrl: string,
  path: string,
  form: Record<string, string>,
  doFetch: typeof fetch,
): Promise<Response> {
  const url = `${serverUrl.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(20_000),
    });
  } catch (cause) {
    throw networkError(cause);
  }
  await refuseRedirect(response, url);
  return response;
}
