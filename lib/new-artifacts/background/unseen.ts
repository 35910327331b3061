import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';
import { UNSEEN_RECORD, readIdSet } from '@/lib/list-store/list-cache';
import { cacheGeneration } from '@/lib/list-store/background/list-writer';
import { updateIdSet } from '@/lib/list-store/background/id-sets';
import { broadcastNotice } from '@/lib/messaging/background/notify';
import { readConnectionState } from '@/lib/connection/settings';
import { showNewCount } from '@/lib/toolbar-badge/background/toolbar-badge';
import { notifyArrivals } from '@/lib/notifications/background/arrival-notifications';
import { arrivalsByConversation } from '../arrivals';

/*
 * The artifacts that arrived since the person last looked ("unseen"): kept
 * per account in the cache's store, so the badge is right after the
 * background or the browser restarts, and forgotten with the account.
 */

/** New artifacts found: they join the unseen set; the badge, open popups and (if wanted) a notification say so. */
export async function noteArrivals(
  account: Account,
  startedIn: number,
  artifacts: readonly HqArtifact[],
  options: { notify: boolean },
): Promise<void> {
  if (artifacts.length === 0) return;
  const added: HqArtifact[] = [];
  const unseen = await updateIdSet(startedIn, account, UNSEEN_RECORD, (ids) => {
    for (const artifact of artifacts) {
      if (ids.has(artifact.id)) continue;
      ids.add(artifact.id);
      added.push(artifact);
    }
  });
  if (!unseen || added.length === 0) return;
  showNewCount(unseen.size);
  broadcastNotice('new-artifacts:arrived', {});
  if (options.notify) await notifyArrivals(arrivalsByConversation(added));
}

/** The popup opened: everything unseen is seen now. Resolves the ids, so the popup can mark them "New". */
export async function takeUnseen(account: Account): Promise<string[]> {
  let taken: string[] = [];
  await updateIdSet(cacheGeneration(), account, UNSEEN_RECORD, (ids) => {
    taken = [...ids];
    ids.clear();
  });
  showNewCount(0);
  return taken;
}

/** The page panel showed these: they are seen. */
export async function markSeen(account: Account, artifactIds: readonly string[]): Promise<void> {
  const unseen = await updateIdSet(cacheGeneration(), account, UNSEEN_RECORD, (ids) => {
    for (const id of artifactIds) ids.delete(id);
  });
  if (unseen) showNewCount(unseen.size);
}

/** The background started (or the account changed): the badge shows the stored count again. */
export async function showStoredNewCount(): Promise<void> {
  const { account } = await readConnectionState();
  showNewCount(account ? (await readIdSet(account, UNSEEN_RECORD)).size : 0);
}
