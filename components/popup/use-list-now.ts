import { useMemo } from 'preact/hooks';
import type { CachedList } from '@/lib/model/cached-list';

/**
 * "Now" for the list's relative times ("5 min ago"), read again whenever the
 * list changes: between two lists, every row is told from the same moment.
 */
export function useListNow(list: CachedList | null): number {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `list` is when to read the clock again, not an input: a new list (a refresh, a delete) moves "now"
  return useMemo(() => Date.now(), [list]);
}
