import { ProtocolError } from '@/lib/messaging/errors';

/*
 * Everything done with the signed-in account's token — index walks, ZIPs,
 * downloads, list refreshes — belongs to that session. Signing out or
 * switching accounts aborts it: no request goes out after the person signed
 * out, and no job goes on writing a file for an account that is gone.
 */

let current = new AbortController();

/** The signal of the session now signed in: work started now passes it on to every request and job. */
export function sessionSignal(): AbortSignal {
  return current.signal;
}

/** Sign-out or account switch: every piece of work of the session that ends stops, and work started from now on gets a fresh signal. */
export function abortSessionWork(): void {
  current.abort(new ProtocolError({ kind: 'signed_out', message: 'Stopped: the account signed out.' }));
  current = new AbortController();
}
