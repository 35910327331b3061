import type { ErrorInfo } from '../messages/protocol';

/**
 * Plain words for an HQ failure, for people rather than developers. The
 * server's own text is only appended where it helps (it may be terse).
 */
export function describeError(error: ErrorInfo): string {
  switch (error.kind) {
    case 'invalid':
    case 'denied':
    case 'permission_missing':
    case 'internal':
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
    case 'offline':
      return 'You are offline. Check your connection and try again.';
    case 'network':
      return 'Could not reach HQ. Check your connection and the server address.';
    case 'malformed':
      return 'HQ sent an answer the extension did not understand.';
    case 'http':
      // Without a status it is not HQ's answer but the browser's (a refused or cancelled download).
      return error.status ? `HQ answered with an unexpected error (${error.status}).` : error.message || 'The request failed.';
  }
}

/**
 * The same for the Connect button, where the likely causes differ: a 404 or a
 * non-JSON answer at /v1/api/me means the address is not an HQ API.
 */
export function describeConnectError(error: ErrorInfo, serverUrl: string): string {
  switch (error.kind) {
    case 'unauthorized':
      return 'HQ rejected this access token. Check that you copied all of it and that it has not expired or been revoked.';
    case 'forbidden':
      return 'This token is valid but lacks permission to read your workspace. Create a token with the conversations:read scope.';
    case 'not_found':
    case 'malformed':
    case 'http':
      return `${serverUrl} does not look like an HQ server (it did not answer /v1/api/me like HQ does). Check the Server URL — it is the API address, such as https://api.hq.zone, not the web app.`;
    case 'network':
      return `Could not reach ${serverUrl}. Check the address and your connection, or try again later.`;
    default:
      return describeError(error);
  }
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
