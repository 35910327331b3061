import type { Account } from '@/lib/model/account';
import { IdSetSchema, cacheKey, type ListName } from '../list-cache';
import { updateRecord } from './list-writer';

/**
 * Read-modify-write of a set of artifact ids (`unseen`, `saved`), in the
 * cache's write queue; created when absent. Resolves the new set, or
 * undefined when the cache was cleared since `startedIn` (a sign-out or an
 * account switch: nothing is written then).
 */
export async function updateIdSet(
  startedIn: number,
  account: Account,
  list: ListName,
  change: (ids: Set<string>) => void,
): Promise<Set<string> | undefined> {
  let changed: Set<string> | undefined;
  await updateRecord(
    startedIn,
    cacheKey(account, list),
    IdSetSchema,
    (stored) => {
      changed = new Set(stored.ids);
      change(changed);
      // Opening the popup with nothing new, say: the same set, nothing written.
      const same = changed.size === stored.ids.length && stored.ids.every((id) => changed!.has(id));
      return same ? stored : { ids: [...changed] };
    },
    { ids: [] },
  );
  return changed;
}
