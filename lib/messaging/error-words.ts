import { plural, t } from '@/lib/i18n/messages';
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
      return error.kind === 'forbidden' ? t('error_forbiddenDelete') : generalWords(error);
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
      return t('error_notConnected');
    case 'unauthorized':
      return t('error_unauthorized');
    case 'forbidden':
      return t('error_forbidden');
    case 'not_found':
      return t('error_notFound');
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined ? waitWords(error.retryAfterSeconds) : t('error_rateLimited');
    case 'server':
      return t('error_server');
    case 'sign_in':
      return signInWords(error.reason, error.message);
    case 'session_ended':
      return t('error_sessionEnded');
    case 'signed_out':
      return t('error_signedOut');
    case 'offline':
      return t('error_offline');
    case 'timeout':
      return t('error_timeout');
    case 'throttled':
      return t('error_throttled');
    case 'network':
      return t('error_network');
    case 'malformed':
      return t('error_malformed');
    case 'download_refused':
      return t('error_downloadRefused', error.message);
    case 'download_cancelled':
      return t('error_downloadCancelled');
    case 'http':
      return error.status ? t('error_httpStatus', String(error.status)) : t('error_http');
    case 'redirected':
      return t('error_redirected');
    case 'storage':
      return error.status ? t('error_storageStatus', String(error.status)) : t('error_storage');
  }
}

/** At Connect the likely causes differ: a 404 or a non-JSON answer at /v1/api/me means the address is not an HQ API. */
function connectWords(error: ErrorInfo, serverUrl: string): string | null {
  switch (error.kind) {
    case 'unauthorized':
      return t('error_connectUnauthorized');
    case 'forbidden':
      return t('error_connectForbidden');
    case 'not_found':
    case 'malformed':
    case 'http':
    case 'redirected':
      return t('error_connectNotHq', serverUrl);
    case 'network':
      return t('error_connectNetwork', serverUrl);
    case 'timeout':
      return t('error_connectTimeout', serverUrl);
    default:
      return null;
  }
}

function signInWords(reason: SignInFailure | undefined, detail: string): string {
  switch (reason) {
    case 'denied':
      return t('error_signInDenied');
    case 'closed':
      return t('error_signInClosed');
    case 'state_mismatch':
      return t('error_signInStateMismatch');
    case 'unknown_client':
      return t('error_signInUnknownClient');
    default:
      return t('error_signInRefused', detail);
  }
}

function listWords(error: ErrorInfo): string | null {
  switch (error.kind) {
    case 'unauthorized':
      return t('error_listUnauthorized');
    case 'forbidden':
      return t('error_listForbidden');
    case 'not_connected':
      return t('error_listNotConnected');
    case 'offline':
    case 'network':
      return t('error_listOffline');
    case 'timeout':
      return t('error_listTimeout');
    default:
      return null;
  }
}

function waitWords(seconds: number): string {
  return seconds < 60
    ? plural('error_rateLimitedSeconds', seconds)
    : plural('error_rateLimitedMinutes', Math.ceil(seconds / 60));
}
