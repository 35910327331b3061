import { rememberDeleteRefused } from '@/lib/connection/settings';
import { HqError } from '@/lib/hq/hq-errors';
import type { Handler } from '@/lib/messaging/background/router';
import { requireSession } from '@/lib/connection/background/session';
import { refreshIndex } from '@/lib/workspace-index/background/index-walker';
import { refreshNewest } from '@/lib/new-artifacts/background/look-for-arrivals';
import { forgetArtifactEverywhere } from '@/lib/workspace-index/background/forget-artifact';

/**
 * The popup's list: HQ's newest artifacts merged with the older ones the
 * workspace index found, cached for the next open (what arrived since the
 * last look becomes "new"). The index then catches up in the background (the
 * first page of conversations and what changed) and tells open pages as it goes.
 */
export async function refreshWorkspaceList() {
  const session = await requireSession();
  const merged = await refreshNewest(session);
  void refreshIndex(session);
  return merged;
}

export const refreshArtifacts: Handler<'artifact-list:refresh'> = {
  allow: ['extension-page'],
  handle: refreshWorkspaceList,
};

export const deleteArtifact: Handler<'artifact-list:delete'> = {
  allow: ['extension-page'],
  async handle({ artifactId }) {
    const { client, account } = await requireSession();
    let alreadyGone = false;
    try {
      await client.deleteArtifact(artifactId);
    } catch (error) {
      if (error instanceof HqError && error.kind === 'forbidden') await rememberDeleteRefused();
      // 404: someone deleted it already. Either way it is gone on the server.
      if (!(error instanceof HqError && error.kind === 'not_found')) throw error;
      alreadyGone = true;
    }
    const artifacts = await forgetArtifactEverywhere(account, artifactId);
    return { alreadyGone, remaining: artifacts.length };
  },
};
