/**
 * When to try a file again: what is transient (network errors, 429, 408,
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

/** What to do with one answer: use it, retry it later, or give up on it. */
export function classifyResponse(response: Response): 'ok' | 'retry' | 'fail' {
  if (response.ok) return 'ok';
  if (response.status === 429 || response.status === 408 || response.status >= 500) return 'retry';
  return 'fail';
}

export function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
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
