import type { HqIdentity } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';

/** The account HQ's /v1/api/me describes, or null when it names nobody. */
export function accountFromIdentity(serverUrl: string, identity: HqIdentity): Account | null {
  const displayName = identity.display_name || identity.name || identity.email || '';
  const identityKey = identity.user_id || identity.id || identity.email || displayName;
  if (!identityKey) return null;
  return { serverUrl, identityKey, displayName, email: identity.email ?? null };
}

/** Two accounts are the same when both the server and the identity match. */
export function sameAccount(a: Account | null, b: Account | null): boolean {
  return !!a && !!b && a.serverUrl === b.serverUrl && a.identityKey === b.identityKey;
}
