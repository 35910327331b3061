/*
 * Keeps a visible page's list current while the agent works: one look every
 * `periodMs` while the page is visible, none while it is hidden (a look is
 * due at once when it shows again, if one was missed), later and later
 * after failures.
 */

/** The longest wait between two looks after failures in a row. */
const MOST_MS = 5 * 60_000;

function nextLookIn(periodMs: number, failures: number): number {
  return Math.min(MOST_MS, periodMs * 2 ** failures);
}

/** A look worked (true), failed (false, or with HQ's Retry-After), or looking again is pointless ('stop': signed out, not allowed). */
export type LookOutcome = boolean | 'stop' | { retryAfterMs: number };

export interface FollowOptions {
  periodMs: number;
  /** How many requests the last look took: the wait grows with it, so a long list costs no more per minute. */
  requestsPerLook?: () => number;
  look(): Promise<LookOutcome>;
  /** Look at once (if the page is visible; else as soon as it shows), then every period. */
  lookFirst?: boolean;
  document?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
  now?: () => number;
}

/** Starts following; returns the function that stops it. */
export function followList({
  periodMs,
  requestsPerLook = () => 1,
  look,
  lookFirst = false,
  document: doc = document,
  now = Date.now,
}: FollowOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Never looked: a first look is due at once.
  let lastAt = lookFirst ? -Infinity : now();
  let failures = 0;
  let looking = false;
  let stopped = false;
  /** From the last look to the next. */
  let wait = periodMs * requestsPerLook();

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!stopped && !doc.hidden) timer = setTimeout(() => void run(), Math.max(0, delay));
  };
  const run = async () => {
    if (stopped || doc.hidden || looking) return;
    looking = true;
    lastAt = now();
    const outcome = await look().catch(() => false);
    looking = false;
    if (outcome === 'stop') return stop();
    failures = outcome === true ? 0 : failures + 1;
    const hqAsked = typeof outcome === 'object' ? outcome.retryAfterMs : 0;
    wait = Math.max(hqAsked, nextLookIn(periodMs * requestsPerLook(), failures));
    schedule(wait);
  };
  const onVisibility = () => {
    if (doc.hidden) clearTimeout(timer);
    else schedule(lastAt + wait - now());
  };
  function stop() {
    stopped = true;
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  }
  doc.addEventListener('visibilitychange', onVisibility);
  if (!lookFirst) schedule(wait);
  else if (!doc.hidden) void run();
  return stop;
}
