import type { Account } from '@/lib/model/account';
import { SAVED_RECORD } from '@/lib/list-store/list-cache';
import { updateIdSet } from '@/lib/list-store/background/id-sets';
import { broadcastNotice } from '@/lib/messaging/background/notify';

/**
 * Remembers, per account, the artifacts whose file is complete in the
 * person's downloads — alone or inside a ZIP (never one that ZIP had to leave
 * out) — for "Not downloaded yet". A delete forgets the artifact
 * (list-writer.ts), a sign-out the whole set with the account's lists.
 */
export async function rememberSaved(
  account: Account,
  artifactIds: readonly string[],
  /** When the job started (cacheGeneration): a sign-out since then forgot the account, and nothing is written. */
  startedIn: number,
): Promise<void> {
  if (artifactIds.length === 0) return;
  const saved = await updateIdSet(startedIn, account, SAVED_RECORD, (ids) => {
    for (const id of artifactIds) ids.add(id);
  });
  // Open popups read the set again.
  if (saved) broadcastNotice('file-jobs:saved', {});
}
