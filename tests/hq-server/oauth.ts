// HQ's OAuth 2.1 for public clients (hq-api.md): authorize with PKCE S256
// behind a sign-in and a consent page, code and refresh-token grants with
// rotation and reuse detection (a re-used refresh token revokes its whole
// family), revoke, and a per-IP rate limit on every OAuth endpoint.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GRANTS, type Grant } from './auth';
import { readBody, sendHtml, sendJson } from './http-util';
import type { Scope } from './types';

/** The demo client the e2e build ships (`.env.e2e`); self-hosted HQ registers its own the same way. */
export const DEMO_CLIENT_ID = 'hq-artifacts-demo';
const REDIRECTS = [
  /^https:\/\/[a-z0-9]+\.chromiumapp\.org\/$/,
  /^https:\/\/[a-z0-9]+\.extensions\.allizom\.org\/$/,
  /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//,
];
const ACCESS_SECONDS = 3600;
const ALL_SCOPES: readonly Scope[] = ['conversations:read', 'conversations:write'];

interface Code {
  userId: string;
  clientId: string;
  redirectUri: string;
  challenge: string;
  scopes: Scope[];
  expiresAt: number;
}
interface Family {
  userId: string;
  clientId: string;
  scopes: Scope[];
  current: string;
  used: Set<string>;
  revoked: boolean;
}
interface Access {
  family: string;
  expiresAt: number;
}

export class OAuthServer {
  /** What tests look at: how often each grant ran, and whether a refresh token was ever re-used. */
  stats = { codeGrants: 0, refreshGrants: 0, reuseDetected: 0, revocations: 0 };
  private codes = new Map<string, Code>();
  private families = new Map<string, Family>();
  private refreshTokens = new Map<string, string>(); // refresh token → family id
  private accessTokens = new Map<string, Access>();
  private sessions = new Map<string, string>(); // session cookie → user id
  private bucket = { tokens: 30, at: Date.now() };

  /** Every access token expires now (the next API call answers 401). */
  expireAccessTokens(): void {
    for (const access of this.accessTokens.values()) access.expiresAt = 0;
  }

  /** Revokes every family (as an admin would), so the next refresh fails with invalid_grant. */
  revokeAll(): void {
    for (const family of this.families.values()) family.revoked = true;
  }

  /** Number of families not revoked: sign-out must revoke its own. */
  liveFamilies(): number {
    return [...this.families.values()].filter((f) => !f.revoked).length;
  }

  /** The grant behind an OAuth access token, or null (unknown, expired or revoked → 401). */
  grantFor(token: string): Grant | null {
    const access = this.accessTokens.get(token);
    const family = access && this.families.get(access.family);
    if (!access || !family || family.revoked || access.expiresAt <= Date.now()) return null;
    return { token, userId: family.userId, scopes: family.scopes };
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!this.takeRateLimit())
      return sendJson(
        res,
        429,
        { error: 'rate_limited', error_description: 'too many requests' },
        { 'Retry-After': '1' },
      );
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /v1/oauth/authorize') return this.authorize(req, res, url);
    if (route === 'POST /v1/oauth/authorize') return this.decide(req, res, new URLSearchParams(await readBody(req)));
    if (route === 'GET /v1/oauth/signin') return sendHtml(res, 200, signInPage(url.searchParams.get('return') ?? ''));
    if (route === 'POST /v1/oauth/signin') return this.signIn(req, res, new URLSearchParams(await readBody(req)));
    if (route === 'POST /v1/oauth/token') return this.token(res, await formOrJson(req));
    if (route === 'POST /v1/oauth/revoke') return this.revoke(res, await formOrJson(req));
    sendJson(res, 404, { error: 'not found' });
  }

  private authorize(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const p = url.searchParams;
    const clientId = p.get('client_id') ?? '';
    const redirectUri = p.get('redirect_uri') ?? '';
    // Never redirect to an unregistered address: say so on the page instead.
    if (clientId !== DEMO_CLIENT_ID)
      return sendHtml(
        res,
        400,
        messagePage('Unknown application', `HQ does not know the client “${escapeHtml(clientId)}”.`),
      );
    if (!REDIRECTS.some((r) => r.test(redirectUri)))
      return sendHtml(res, 400, messagePage('Wrong redirect', 'This redirect address is not registered.'));
    if (p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) {
      return redirect(res, redirectUri, { error: 'invalid_request', state: p.get('state') ?? '' });
    }
    const userId = this.sessions.get(cookie(req, 'hq_session') ?? '');
    if (!userId) return redirect(res, '/v1/oauth/signin', { return: url.pathname + url.search });
    const scopes = grantedScopes(userId, p.get('scope') ?? '');
    sendHtml(res, 200, consentPage(p, scopes));
  }

  private decide(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): void {
    const userId = this.sessions.get(cookie(req, 'hq_session') ?? '');
    const redirectUri = form.get('redirect_uri') ?? '';
    const state = form.get('state') ?? '';
    if (!userId || form.get('client_id') !== DEMO_CLIENT_ID || !REDIRECTS.some((r) => r.test(redirectUri))) {
      return sendHtml(res, 400, messagePage('Sign-in failed', 'Start again from the application.'));
    }
    if (form.get('decision') !== 'allow') return redirect(res, redirectUri, { error: 'access_denied', state });
    const code = secret('hq_code_');
    this.codes.set(code, {
      userId,
      clientId: DEMO_CLIENT_ID,
      redirectUri,
      challenge: form.get('code_challenge') ?? '',
      scopes: grantedScopes(userId, form.get('scope') ?? ''),
      expiresAt: Date.now() + 60_000,
    });
    redirect(res, redirectUri, { code, state });
  }

  private signIn(_req: IncomingMessage, res: ServerResponse, form: URLSearchParams): void {
    const user = GRANTS.find((g) => emailOf(g.userId) === (form.get('email') ?? '').trim().toLowerCase());
    if (!user) return sendHtml(res, 401, signInPage(form.get('return') ?? '', 'No HQ account has that email.'));
    const session = secret('hq_sess_');
    this.sessions.set(session, user.userId);
    const back = form.get('return') ?? '';
    res.writeHead(302, {
      Location: back.startsWith('/v1/oauth/authorize') ? back : '/',
      'Set-Cookie': `hq_session=${session}; Path=/; HttpOnly; SameSite=Lax`,
    });
    res.end();
  }

  private token(res: ServerResponse, body: Record<string, string>): void {
    if (body.client_id !== DEMO_CLIENT_ID)
      return sendJson(res, 401, { error: 'invalid_client', error_description: 'unknown client' });
    if (body.grant_type === 'authorization_code') {
      const code = this.codes.get(body.code ?? '');
      this.codes.delete(body.code ?? ''); // single use
      const verifierOk =
        code &&
        createHash('sha256')
          .update(body.code_verifier ?? '')
          .digest('base64url') === code.challenge;
      if (!code || code.expiresAt < Date.now() || code.redirectUri !== body.redirect_uri || !verifierOk) {
        return sendJson(res, 400, { error: 'invalid_grant', error_description: 'bad code or verifier' });
      }
      this.stats.codeGrants += 1;
      const familyId = secret('fam_');
      const refresh = secret('hq_ort_');
      this.families.set(familyId, {
        userId: code.userId,
        clientId: code.clientId,
        scopes: code.scopes,
        current: refresh,
        used: new Set(),
        revoked: false,
      });
      this.refreshTokens.set(refresh, familyId);
      return sendJson(res, 200, this.issue(familyId, refresh, code.scopes));
    }
    if (body.grant_type === 'refresh_token') {
      const familyId = this.refreshTokens.get(body.refresh_token ?? '');
      const family = familyId ? this.families.get(familyId) : undefined;
      if (!familyId || !family || family.revoked)
        return sendJson(res, 400, { error: 'invalid_grant', error_description: 'refresh token revoked' });
      if (family.current !== body.refresh_token) {
        // Re-use of a rotated token: someone has an old copy. The whole family goes.
        this.stats.reuseDetected += 1;
        family.revoked = true;
        return sendJson(res, 400, { error: 'invalid_grant', error_description: 'refresh token reused' });
      }
      this.stats.refreshGrants += 1;
      family.used.add(family.current);
      const refresh = secret('hq_ort_');
      family.current = refresh;
      this.refreshTokens.set(refresh, familyId);
      return sendJson(res, 200, this.issue(familyId, refresh, family.scopes));
    }
    sendJson(res, 400, { error: 'unsupported_grant_type' });
  }

  private issue(familyId: string, refresh: string, scopes: Scope[]): object {
    const access = secret('hq_oat_');
    this.accessTokens.set(access, { family: familyId, expiresAt: Date.now() + ACCESS_SECONDS * 1000 });
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: ACCESS_SECONDS,
      refresh_token: refresh,
      scope: scopes.join(' '),
    };
  }

  private revoke(res: ServerResponse, body: Record<string, string>): void {
    const token = body.token ?? '';
    const familyId = this.refreshTokens.get(token) ?? this.accessTokens.get(token)?.family;
    const family = familyId ? this.families.get(familyId) : undefined;
    if (family && body.client_id === family.clientId && !family.revoked) {
      family.revoked = true;
      this.stats.revocations += 1;
    }
    sendJson(res, 200, {}); // always 200 (RFC 7009)
  }

  /** Burst of 30, then 1 per second (per IP; every test client is 127.0.0.1). */
  private takeRateLimit(): boolean {
    const now = Date.now();
    this.bucket.tokens = Math.min(30, this.bucket.tokens + (now - this.bucket.at) / 1000);
    this.bucket.at = now;
    if (this.bucket.tokens < 1) return false;
    this.bucket.tokens -= 1;
    return true;
  }
}

function grantedScopes(userId: string, requested: string): Scope[] {
  const allowed = GRANTS.find((g) => g.userId === userId)?.scopes ?? [];
  const asked = requested.split(/\s+/).filter((s): s is Scope => (ALL_SCOPES as readonly string[]).includes(s));
  return asked.length === 0 ? [...allowed] : allowed.filter((s) => asked.includes(s));
}

function emailOf(userId: string): string {
  return (
    {
      [GRANTS[0]!.userId]: 'ada@example.com',
      [GRANTS[1]!.userId]: 'grace@example.com',
      [GRANTS[2]!.userId]: 'alan@example.com',
    }[userId] ?? ''
  );
}

async function formOrJson(req: IncomingMessage): Promise<Record<string, string>> {
  const text = await readBody(req);
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    try {
      return JSON.parse(text) as Record<string, string>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function redirect(res: ServerResponse, to: string, params: Record<string, string>): void {
  const target = `${to}${to.includes('?') ? '&' : '?'}${new URLSearchParams(params).toString()}`;
  res.writeHead(302, { Location: target, 'Cache-Control': 'no-store' });
  res.end();
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  return (req.headers.cookie ?? '')
    .split(/;\s*/)
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

function secret(prefix: string): string {
  return prefix + randomBytes(18).toString('base64url');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PAGE_CSS =
  'body{font:16px/1.5 system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;color:#0f172a;background:#f8fafc}main{background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:28px;width:min(420px,90vw)}button{font:inherit;padding:8px 16px;border-radius:8px;border:1px solid #cbd5e1;background:#fff;cursor:pointer}button.primary{background:#4f46e5;color:#fff;border-color:#4f46e5}input{font:inherit;width:100%;box-sizing:border-box;padding:8px;border:1px solid #cbd5e1;border-radius:8px}.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}';

function messagePage(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${PAGE_CSS}</style></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
}

function signInPage(back: string, error = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to HQ</title><style>${PAGE_CSS}</style></head><body><main>
<h1>Sign in to HQ</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/v1/oauth/signin"><input type="hidden" name="return" value="${escapeHtml(back)}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required>
<div class="actions"><button class="primary" type="submit">Sign in</button></div></form></main></body></html>`;
}

function consentPage(p: URLSearchParams, scopes: Scope[]): string {
  const keep = ['client_id', 'redirect_uri', 'state', 'code_challenge', 'scope']
    .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(p.get(k) ?? '')}">`)
    .join('');
  const what = scopes
    .map(
      (s) =>
        `<li>${s === 'conversations:write' ? 'Delete artifacts' : 'Read your conversations and their artifacts'}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Allow HQ Artifacts?</title><style>${PAGE_CSS}</style></head><body><main>
<h1>Allow HQ Artifacts?</h1><p>HQ Artifacts wants to:</p><ul>${what || '<li>Know who you are</li>'}</ul>
<form method="post" action="/v1/oauth/authorize">${keep}<div class="actions">
<button type="submit" name="decision" value="deny">Deny</button><button class="primary" type="submit" name="decision" value="allow">Allow</button>
</div></form></main></body></html>`;
}
