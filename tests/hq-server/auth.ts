// Demo personal access tokens and what each may do. Three tokens so every
// auth branch (full access, read only, valid-but-no-read) is reachable.
import type { IncomingMessage } from 'node:http';
import { USER_IDS } from './demo-data';
import type { Scope } from './types';

export const DEMO_TOKENS = {
  readWrite: 'hq_pat_demo_readwrite',
  readOnly: 'hq_pat_demo_readonly',
  noConversationsRead: 'hq_pat_demo_noread',
} as const;

export interface Grant {
  token: string;
  userId: string;
  scopes: readonly Scope[];
}

// Different people behind each token (same workspace) so switching accounts is visible.
export const GRANTS: readonly Grant[] = [
  { token: DEMO_TOKENS.readWrite, userId: USER_IDS.ada, scopes: ['conversations:read', 'conversations:write'] },
  { token: DEMO_TOKENS.readOnly, userId: USER_IDS.grace, scopes: ['conversations:read'] },
  { token: DEMO_TOKENS.noConversationsRead, userId: USER_IDS.alan, scopes: [] },
];

/**
 * The grant for the request's bearer token — a personal access token, or an
 * OAuth access token `oauthGrant` knows — or null when missing, unknown or
 * expired (→ 401).
 */
export function authenticate(req: IncomingMessage, oauthGrant: (token: string) => Grant | null): Grant | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  const token = match?.[1];
  if (!token) return null;
  return GRANTS.find((g) => g.token === token) ?? oauthGrant(token);
}

export function hasScope(grant: Grant, scope: Scope): boolean {
  return grant.scopes.includes(scope);
}
