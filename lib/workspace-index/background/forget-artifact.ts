import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';
import { INDEX_RECORD, cacheKey } from '@/lib/list-store/list-cache';
import { cacheGeneration, forgetCachedArtifact, updateRecord } from '@/lib/list-store/background/list-writer';
import { WorkspaceIndexSchema } from '../index-schema';
import { forgetArtifact } from '../workspace-index';

/**
 * HQ confirmed an artifact is gone (deleted here, or a 404): it leaves every
 * cached list and the workspace index, so neither a repaint nor the next walk's
 * merge brings it back. Returns what remains of the workspace list.
 */
export async function forgetArtifactEverywhere(account: Account, artifactId: string): Promise<HqArtifact[]> {
  const startedIn = cacheGeneration();
  const [remaining] = await Promise.all([
    forgetCachedArtifact(account, artifactId),
    updateRecord(startedIn, cacheKey(account, INDEX_RECORD), WorkspaceIndexSchema, (index) =>
      forgetArtifact(index, artifactId),
    ),
  ]);
  return remaining;
}
