import type { HqArtifact } from '@/lib/hq/hq-types';
import type { ListGap } from '@/lib/model/list-gap';
import type { Session } from '@/lib/connection/background/session';
import { indexedArtifactCount } from '@/lib/workspace-index/background/indexed-count';
import { listGap } from '@/lib/model/list-gap';

/**
 * A conversation's whole list, every page, checked against HQ's count of
 * it: `knownCount` when the caller has HQ's row at hand, else the count the
 * workspace index last read. The page panel and the conversation ZIP list
 * this way.
 */
export async function listConversation(
  { client, account }: Pick<Session, 'client' | 'account'>,
  conversationId: string,
  knownCount?: number,
): Promise<{ artifacts: HqArtifact[]; unlisted?: ListGap; requests: number }> {
  const expected = knownCount ?? (await indexedArtifactCount(account, conversationId));
  const { artifacts, mayHaveMore, requests } = await client.listConversationArtifacts(conversationId, expected);
  const gap = listGap(artifacts.length, expected, mayHaveMore);
  return { artifacts, requests, ...(gap ? { unlisted: gap } : {}) };
}
