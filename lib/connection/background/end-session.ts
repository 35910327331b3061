import type { ConnectionState } from '@/lib/model/account';
import { clearAllCachedLists } from '@/lib/list-store/background/list-writer';
import { clearAccount } from '../settings';
import { forgetCredential } from './credential-store';
import { withCredentialLock } from './credential-lock';
import { abortSessionWork } from './session-work';

/**
 * Forgets the connection here: stops the session's running work, then the
 * credential, who we were, and every cached list, so nothing of this account
 * is shown to the next one.
 */
export function endSession(reason: ConnectionState['signedOutReason'] = null): Promise<void> {
  return withCredentialLock(() => endSessionLocked(reason));
}

/** The same, for code that already holds the credential lock. */
export async function endSessionLocked(reason: ConnectionState['signedOutReason'] = null): Promise<void> {
  // First: nothing of this session may go on using its token while it is being forgotten.
  abortSessionWork();
  await forgetCredential();
  await clearAccount(reason);
  await clearAllCachedLists();
}
