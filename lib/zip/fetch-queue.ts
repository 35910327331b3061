/**
 * Fetches many files with limited concurrency, retrying what is transient
 * (network errors, 429, 5xx, a connection that breaks mid-body) with
 * exponential backoff and jitter, honouring Retry-After. A file counts as
 * fetched only once its whole body has arrived, so a ZIP never holds half a
 * file. Results come back in input order as soon as each is ready, so a ZIP
 * can stream them while later ones are still being fetched. (Bodies are
 * Blobs: Chrome keeps large ones on disk, so memory stays about
 * `concurrency` files.)
 */
export interface QueueOptions {
  concurrency?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type FetchOutcome<T> = { item: T; ok: true; body: Blob } | { item: T; ok: false; reason: string };

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

export function backoffDelay(attempt: number, options: Required<Pick<QueueOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>>, hintMs?: number): number {
  if (hintMs !== undefined) return Math.min(hintMs, options.maxDelayMs);
  const exponential = options.baseDelayMs * 2 ** (attempt - 1);
  // Full jitter: spread retries so several clients do not hammer in step.
  return Math.min(options.maxDelayMs, exponential / 2 + options.random() * (exponential / 2));
}

export async function* fetchInOrder<T>(
  items: readonly T[],
  fetchOne: (item: T) => Promise<Response>,
  options: QueueOptions = {},
): AsyncGenerator<FetchOutcome<T>> {
  const concurrency = options.concurrency ?? 3;
  const maxAttempts = options.maxAttempts ?? 4;
  const timing = { baseDelayMs: options.baseDelayMs ?? 500, maxDelayMs: options.maxDelayMs ?? 30_000, random: options.random ?? Math.random };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function attempt(item: T): Promise<FetchOutcome<T>> {
    let lastReason = 'unknown error';
    for (let n = 1; n <= maxAttempts; n++) {
      let hint: number | undefined;
      try {
        const response = await fetchOne(item);
        const verdict = classifyResponse(response);
        // Reading the body here, inside the retry loop, makes a mid-body drop retryable.
        if (verdict === 'ok') return { item, ok: true, body: await response.blob() };
        lastReason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        hint = retryAfterMs(response);
        await response.body?.cancel();
        if (verdict === 'fail') return { item, ok: false, reason: lastReason };
      } catch (error) {
        lastReason = error instanceof Error ? error.message : String(error);
      }
      if (n < maxAttempts) await sleep(backoffDelay(n, timing, hint));
    }
    return { item, ok: false, reason: `${lastReason} (after ${maxAttempts} attempts)` };
  }

  // A sliding window: at most `concurrency` requests in flight, yielded in order.
  const pending: Array<Promise<FetchOutcome<T>>> = [];
  let next = 0;
  while (next < items.length && pending.length < concurrency) pending.push(attempt(items[next++]!));
  while (pending.length > 0) {
    const outcome = await pending.shift()!;
    if (next < items.length) pending.push(attempt(items[next++]!));
    yield outcome;
  }
}
