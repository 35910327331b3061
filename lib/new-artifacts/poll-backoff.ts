/*
 * When the next look may happen after HQ said "busy" (429), failed (5xx) or
 * could not be reached: exponentially later, with jitter so many browsers do
 * not come back together, never sooner than HQ's Retry-After.
 */

const MOST_MS = 30 * 60_000;

/** Milliseconds to wait after the `failures`-th failure in a row (1 = the first). */
export function backoffDelay(
  failures: number,
  periodMs: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(MOST_MS, periodMs * 2 ** Math.max(0, failures - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.min(MOST_MS, Math.max(jittered, retryAfterMs ?? 0));
}
