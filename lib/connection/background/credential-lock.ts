import { serialQueue } from '@/lib/async/serial-queue';

/**
 * One lock for every change of the saved credential: a token refresh, a
 * sign-in, a sign-out. HQ rotates refresh tokens, so a refresh that lands
 * after a sign-out (or over a new sign-in) would bring back or overwrite a
 * credential; holding this lock, none of them can interleave. Web Locks where
 * the context has them (the service worker), else one queue in this context.
 * Not re-entrant: code holding it calls the *Locked variants.
 */
const inThisContext = serialQueue();

export function withCredentialLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('hq-credential', task) as Promise<T>;
  return inThisContext(task);
}
