import type { Account } from '@/lib/model/account';
import { INDEX_RECORD, cacheKey, readRecord } from '@/lib/list-store/list-cache';
import { WorkspaceIndexSchema } from '../index-schema';

/**
 * HQ's `artifact_count` for one conversation, as the workspace index last
 * read it from the conversations list: what its own list is checked
 * against. null when the index has not met the conversation.
 */
export async function indexedArtifactCount(account: Account, conversationId: string): Promise<number | null> {
  const index = await readRecord(cacheKey(account, INDEX_RECORD), WorkspaceIndexSchema).catch(() => undefined);
  return index?.conversations[conversationId]?.artifactCount ?? null;
}
