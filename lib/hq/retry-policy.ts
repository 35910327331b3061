import { HqError, parseRetryAfter } from './hq-errors';

/**
 * When to try a request again: what is transient (network errors, 429, 408,
 * 5xx, a connection that breaks mid-body) is retried with exponential
 * backoff and full jitter, honouring Retry-After.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected for tests. */
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export function retryPolicy(options: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: options.maxAttempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };
}

/**
 * A retry's wait that ends early, rejecting with the signal's reason, when
 * the signal aborts (the session ended). Leaves no listener behind on a
 * signal that lives long.
 */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Answers worth another try: rate-limited, timed out, or the server's own trouble. */
function isTransientStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/** Failures worth another try: a transient answer, or none at all (network, timeout, offline). */
export function isTransientError(error: unknown): error is HqError {
  if (!(error instanceof HqError)) return false;
  return error.status === undefined
    ? error.kind === 'network' || error.kind === 'timeout' || error.kind === 'offline'
    : isTransientStatus(error.status);
}

/** What to do with one answer: use it, retry it later, or give up on it. */
export function classifyResponse(response: Response): 'ok' | 'retry' | 'fail' {
  if (response.ok) return 'ok';
  return isTransientStatus(response.status) ? 'retry' : 'fail';
}

export function retryAfterMs(response: Response): number | undefined {
  const seconds = parseRetryAfter(response.headers.get('Retry-After'));
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * One request, tried again while it fails transiently, with backoff
 * (Retry-After honoured) until the attempts run out. The waits end with
 * `signal` (the session).
 */
export async function withRetries<T>(
  request: () => Promise<T>,
  signal: AbortSignal,
  policy: Pick<RetryPolicy, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs' | 'random'> = retryPolicy(),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!isTransientError(error) || attempt >= policy.maxAttempts) throw error;
      const hint = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
      await abortableSleep(backoffDelay(attempt, policy, hint), signal);
    }
  }
}

export function backoffDelay(
  attempt: number,
  options: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
  hintMs?: number,
): number {
  if (hintMs !== undefined) return Math.min(hintMs, options.maxDelayMs);
  const exponential = options.baseDelayMs * 2 ** (attempt - 1);
  // Full jitter: spread retries so several clients do not hammer in step.
  return Math.min(options.maxDelayMs, exponential / 2 + options.random() * (exponential / 2));
}
