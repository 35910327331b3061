import type { ErrorInfo, SignInFailure } from './errors';

/*
 * Plain words for every failure, for people rather than developers — the
 * one place where an error kind becomes text. The UI may add a button next
 * to it (Reconnect, Open settings), never wording of its own.
 */

/** What the person was doing: the same kind reads differently per situation. */
export type Situation =
  | { doing: 'general' }
  | { doing: 'connect'; serverUrl: string }
  /** Refreshing the popup's list; a cached list is still shown. */
  | { doing: 'list' }
  | { doing: 'delete' };

export function describeError(error: ErrorInfo, situation: Situation = { doing: 'general' }): string {
  switch (situation.doing) {
    case 'connect':
      return connectWords(error, situation.serverUrl) ?? generalWords(error);
    case 'list':
      return listWords(error) ?? generalWords(error);
    case 'delete':
      return error.kind === 'forbidden'
        ? 'This access token may not delete artifacts. Deleting needs a token with the conversations:write permission.'
        : generalWords(error);
    case 'general':
      return generalWords(error);
  }
}

function generalWords(error: ErrorInfo): string {
  switch (error.kind) {
    case 'invalid':
    case 'denied':
    case 'permission_missing':
    case 'internal':
      // The background wrote these for people already.
      return error.message;
    case 'not_connected':
      return 'The extension is not connected to HQ. Connect it in the settings.';
    case 'unauthorized':
      return 'HQ rejected the access token (it may have expired or been revoked). Reconnect in the extension settings.';
    case 'forbidden':
      return 'This access token is not allowed to do that. Ask for a token with the needed permission.';
    case 'not_found':
      return 'Not found — it may have been deleted, or it is not in your workspace.';
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined
        ? `HQ is busy and asked us to wait ${formatWait(error.retryAfterSeconds)}. Try again then.`
        : 'HQ is busy right now. Try again in a moment.';
    case 'server':
      return 'HQ had a problem on its side. Try again in a moment.';
    case 'sign_in':
      return signInWords(error.reason, error.message);
    case 'session_ended':
      return 'Your HQ sign-in has ended (it expired or was revoked). Sign in again.';
    case 'signed_out':
      return 'Stopped because you signed out of HQ (or switched accounts). Nothing was saved.';
    case 'offline':
      return 'You are offline. Check your connection and try again.';
    case 'timeout':
      return 'HQ took too long to answer. Try again in a moment.';
    case 'throttled':
      return 'This page asked HQ for too much at once. Wait a moment and try again.';
    case 'network':
      return 'Could not reach HQ. Check your connection and the server address.';
    case 'malformed':
      return 'HQ sent an answer the extension did not understand.';
    case 'download_refused':
      return `The browser refused the download (${error.message}). Check the browser's download settings and try again.`;
    case 'download_cancelled':
      return 'The download was cancelled.';
    case 'http':
      return `HQ answered with an unexpected error${error.status ? ` (${error.status})` : ''}.`;
    case 'redirected':
      return 'HQ answered with a redirect to another address. The extension does not follow redirects with your sign-in; check the Server URL in the settings.';
    case 'storage':
      return `The server that stores HQ's files refused the download${error.status ? ` (${error.status})` : ''}. Nothing was removed; try again in a moment.`;
  }
}

/** At Connect the likely causes differ: a 404 or a non-JSON answer at /v1/api/me means the address is not an HQ API. */
function connectWords(error: ErrorInfo, serverUrl: string): string | null {
  switch (error.kind) {
    case 'unauthorized':
      return 'HQ rejected this access token. Check that you copied all of it and that it has not expired or been revoked.';
    case 'forbidden':
      return 'This token is valid but lacks permission to read your workspace. Create a token with the conversations:read scope.';
    case 'not_found':
    case 'malformed':
    case 'http':
    case 'redirected':
      return `${serverUrl} does not look like an HQ server (it did not answer /v1/api/me like HQ does). Check the Server URL — it is the API address, such as https://api.hq.zone, not the web app.`;
    case 'network':
      return `Could not reach ${serverUrl}. Check the address and your connection, or try again later.`;
    case 'timeout':
      return `${serverUrl} took too long to answer. Check the address, or try again later.`;
    default:
      return null;
  }
}

function signInWords(reason: SignInFailure | undefined, detail: string): string {
  switch (reason) {
    case 'denied':
      return 'Sign-in was cancelled in HQ: access was denied. Nothing was saved.';
    case 'closed':
      return 'The HQ sign-in window was closed before sign-in finished. Nothing was saved.';
    case 'state_mismatch':
      return 'The answer from HQ did not belong to this sign-in, so it was refused. Nothing was saved; try again.';
    case 'unknown_client':
      return 'HQ would not start the sign-in: it does not know this extension’s OAuth Client ID. Check the Client ID under Advanced — a self-hosted HQ registers its own. Nothing was saved.';
    default:
      return `HQ refused the sign-in (${detail}). Nothing was saved.`;
  }
}

function listWords(error: ErrorInfo): string | null {
  switch (error.kind) {
    case 'unauthorized':
      return 'HQ no longer accepts the saved token.';
    case 'forbidden':
      return 'This access token may not list artifacts (it needs the conversations:read permission).';
    case 'not_connected':
      return 'The extension is not connected to HQ.';
    case 'offline':
    case 'network':
      return 'Offline — could not reach HQ.';
    case 'timeout':
      return 'HQ took too long to answer.';
    default:
      return null;
  }
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
