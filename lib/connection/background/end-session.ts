import type { ConnectionState } from '@/lib/messaging/payloads';
import { clearAllCachedLists } from '@/lib/artifact-list/background/list-writer';
import { clearAccount } from '../settings';
import { forgetCredential } from './credential-store';
import { withCredentialLock } from './credential-lock';

/**
 * Forgets the connection here: the credential, who we were, and every cached
 * list, so nothing of this account is shown to the next one.
 */
export function endSession(reason: ConnectionState['signedOutReason'] = null): Promise<void> {
  return withCredentialLock(() => endSessionLocked(reason));
}

/** The same, for code that already holds the credential lock. */
export async function endSessionLocked(reason: ConnectionState['signedOutReason'] = null): Promise<void> {
  await forgetCredential();
  await clearAccount(reason);
  await clearAllCachedLists();
}
