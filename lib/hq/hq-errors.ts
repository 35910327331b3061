/**
 * Every way an HQ call can fail, as data: errors cross the message boundary
 * between background and UI, so they must be plain, serialisable objects.
 */
export type HqErrorKind =
  | 'unauthorized' // 401: token missing, expired or revoked
  | 'forbidden' // 403: token valid but lacks the scope
  | 'not_found' // 404: not found, or not yours
  | 'rate_limited' // 429
  | 'server' // 5xx
  | 'offline' // the browser says it has no network
  | 'timeout' // HQ took too long to answer
  | 'network' // DNS, refused, reset, CORS/permission
  | 'malformed' // a 2xx whose body is not what HQ sends
  | 'redirected' // an API or OAuth call answered with a redirect, which is never followed
  | 'storage' // a file's redirect led to another origin (object storage, a CDN), and that origin refused it: not HQ's answer
  | 'http'; // any other status

export interface HqErrorInfo {
  kind: HqErrorKind;
  message: string;
  status?: number;
  /** Seconds to wait before retrying, from `Retry-After` on a 429. */
  retryAfterSeconds?: number;
  /** The OAuth `error` code of a token-endpoint answer, e.g. invalid_grant. */
  oauthError?: string;
}

export class HqError extends Error implements HqErrorInfo {
  readonly kind: HqErrorKind;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly oauthError?: string;

  constructor(info: HqErrorInfo) {
    super(info.message);
    this.name = 'HqError';
    this.kind = info.kind;
    if (info.status !== undefined) this.status = info.status;
    if (info.retryAfterSeconds !== undefined) this.retryAfterSeconds = info.retryAfterSeconds;
    if (info.oauthError !== undefined) this.oauthError = info.oauthError;
  }

  toInfo(): HqErrorInfo {
    const info: HqErrorInfo = { kind: this.kind, message: this.message };
    if (this.status !== undefined) info.status = this.status;
    if (this.retryAfterSeconds !== undefined) info.retryAfterSeconds = this.retryAfterSeconds;
    if (this.oauthError !== undefined) info.oauthError = this.oauthError;
    return info;
  }
}

export function errorKindForStatus(status: number): HqErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'http';
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
