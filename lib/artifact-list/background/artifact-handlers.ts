import { rememberDeleteRefused } from '@/lib/connection/settings';
import { HqError } from '@/lib/hq/hq-errors';
import type { Handler } from '@/lib/messaging/background/router';
import { requireSession } from '@/lib/connection/background/session';
import { publishWorkspace } from '@/lib/workspace-index/background/publish-workspace';
import { refreshIndex } from '@/lib/workspace-index/background/index-walker';
import { NEWEST_LIST } from '@/lib/list-store/list-cache';
import { cacheGeneration, fetchAndCacheList } from '@/lib/list-store/background/list-writer';
import { forgetArtifactEverywhere } from '@/lib/workspace-index/background/forget-artifact';

/**
 * The popup's list: HQ's newest artifacts merged with the older ones the
 * workspace index found, cached for the next open. The index then catches up
 * in the background (the first page of conversations and what changed) and
 * tells open pages as it goes.
 */
export async function refreshWorkspaceList() {
  const session = await requireSession();
  const startedIn = cacheGeneration();
  const newest = await fetchAndCacheList(session.account, NEWEST_LIST, async () => ({
    artifacts: await session.client.listArtifacts(),
  }));
  const merged = (await publishWorkspace(session.account, startedIn, { newest })) ?? newest;
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
