import { rememberDeleteRefused } from '@/lib/connection/settings';
import { HqError } from '@/lib/hq/hq-errors';
import type { Handler } from '@/lib/messaging/background/router';
import { requireSession } from '@/lib/connection/background/session';
import { WORKSPACE_LIST } from '../list-cache';
import { fetchAndCacheList, forgetCachedArtifact } from './list-writer';

/** The popup's list: HQ's newest artifacts, cached for the next open. */
export async function refreshWorkspaceList() {
  const { client, account } = await requireSession();
  return fetchAndCacheList(account, WORKSPACE_LIST, () => client.listArtifacts());
}

export const refreshArtifacts: Handler<'artifacts:refresh'> = {
  allow: ['extension-page'],
  handle: refreshWorkspaceList,
};

export const deleteArtifact: Handler<'artifacts:delete'> = {
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
    const artifacts = await forgetCachedArtifact(account, artifactId);
    return { alreadyGone, remaining: artifacts.length };
  },
};
