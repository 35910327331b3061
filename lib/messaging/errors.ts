import { HqError, type HqErrorInfo } from '@/lib/hq/hq-errors';

/** Why "Sign in with HQ" did not connect. */
export type SignInFailure = 'denied' | 'closed' | 'state_mismatch' | 'unknown_client' | 'refused';

/** Failures that are not HQ's answer: about the message, the connection, or the browser. */
const PROTOCOL_KINDS = [
  'sign_in', // "Sign in with HQ" ended without a connection (see `reason`)
  'session_ended', // the OAuth sign-in expired or was revoked: signed out
  'signed_out', // the person signed out (or switched accounts) while this was running: stopped
  'invalid', // the request does not make sense (bad input, unknown artifact)
  'denied', // this sender may not ask for this
  'throttled', // a page asked too often
  'not_connected',
  'permission_missing', // no host permission for the server
  'download_refused', // the browser would not start or finish a download
  'download_cancelled', // the person cancelled it in the browser
  'internal',
] as const;

export interface ProtocolErrorInfo {
  kind: (typeof PROTOCOL_KINDS)[number];
  message: string;
  reason?: SignInFailure;
}

/** Every failure a reply can carry; `error-words.ts` turns each kind into plain words. */
export type ErrorInfo = HqErrorInfo | ProtocolErrorInfo;

/** Thrown for failures that are not HQ's; carried to the UI as its `info`. */
export class ProtocolError extends Error {
  constructor(readonly info: ProtocolErrorInfo) {
    super(info.message);
    this.name = 'ProtocolError';
  }
}

/** An error that came back as data (from the offscreen document) as the error it was. */
export function errorFromInfo(info: ErrorInfo): HqError | ProtocolError {
  return (PROTOCOL_KINDS as readonly string[]).includes(info.kind)
    ? new ProtocolError(info as ProtocolErrorInfo)
    : new HqError(info as HqErrorInfo);
}

/** Any thrown value as an ErrorInfo that can cross a message boundary; null for bugs. */
export function knownErrorInfo(error: unknown): ErrorInfo | null {
  if (error instanceof HqError) return error.toInfo();
  if (error instanceof ProtocolError) return error.info;
  return null;
}

/**
 * A failed reply carries the plain words for its error (error-words.ts, in
 * the request's situation), so the popup and the content script show them
 * without carrying all the wording.
 */
export type ReplyError = ErrorInfo & { words?: string };
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };

/** A failure's plain words: the background's, or — when the background could not be reached — the message itself. */
export function wordsOf(error: ReplyError): string {
  return error.words ?? error.message;
}
