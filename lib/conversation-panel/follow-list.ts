/*
 * Keeps a visible page's list current while the agent works: one look every
 * `periodMs` while the page is visible, none while it is hidden (a look is
 * due at once when it shows again, if one was missed), later and later
 * after failures.
 */

/** The longest wait between two looks after failures in a row. */
const MOST_MS = 5 * 60_000;

export function nextLookIn(periodMs: number, failures: number): number {
  return Math.min(MOST_MS, periodMs * 2 ** failures);
}

export interface FollowOptions {
  periodMs: number;
  /** How many requests the last look took: the wait grows with it, so a long list costs no more per minute. */
  requestsPerLook?: () => number;
  /** One look; resolves whether it worked, or 'stop' when looking again is pointless (signed out, not allowed). */
  look(): Promise<boolean | 'stop'>;
  document?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
  now?: () => number;
}

/** Starts following; returns the function that stops it. */
export function followList({
  periodMs,
  requestsPerLook = () => 1,
  look,
  document: doc = document,
  now = Date.now,
}: FollowOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = now();
  let failures = 0;
  let looking = false;
  let stopped = false;

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
    failures = outcome ? 0 : failures + 1;
    schedule(nextLookIn(periodMs * requestsPerLook(), failures));
  };
  const onVisibility = () => {
    if (doc.hidden) clearTimeout(timer);
    else schedule(lastAt + nextLookIn(periodMs * requestsPerLook(), failures) - now());
  };
  function stop() {
    stopped = true;
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  }
  doc.addEventListener('visibilitychange', onVisibility);
  schedule(periodMs * requestsPerLook());
  return stop;
}
