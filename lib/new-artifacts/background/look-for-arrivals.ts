import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';
import type { CachedList } from '@/lib/model/cached-list';
import type { Session } from '@/lib/connection/background/session';
import { NEWEST_LIST, cacheKey, conversationList, readCachedList } from '@/lib/list-store/list-cache';
import { cacheGeneration, fetchReplacingList } from '@/lib/list-store/background/list-writer';
import { publishWorkspace } from '@/lib/workspace-index/background/publish-workspace';
import { arrivals } from '../arrivals';
import { noteArrivals } from './unseen';

/** Artifacts a conversation's cached list already holds (the page panel found them first): not new again. */
async function inTheirConversations(account: Account, candidates: readonly HqArtifact[]): Promise<Set<string>> {
  const conversations = new Set(candidates.map((a) => a.conversation_id).filter((id): id is string => !!id));
  const known = new Set<string>();
  for (const id of conversations) {
    const listed = await readCachedList(cacheKey(account, conversationList(id)));
    listed?.artifacts.forEach((a) => known.add(a.id));
  }
  return known;
}

/**
 * HQ's newest list, fetched and cached, merged into the popup's list — and
 * what it holds that was not there at the last look becomes "new". One
 * request: the at-rest poll and the popup's refresh both come here.
 */
export async function refreshNewest(session: Session): Promise<CachedList> {
  const { account } = session;
  const startedIn = cacheGeneration();
  const { list: newest, previous } = await fetchReplacingList(account, NEWEST_LIST, async () => ({
    artifacts: await session.client.listArtifacts(),
  }));
  const merged = (await publishWorkspace(account, startedIn, { newest })) ?? newest;
  // A request another caller made (the popup's refresh and the alarm together): that caller compares it.
  if (previous === null) return merged;
  // Against HQ's last newest list only: the workspace walk may have put a new one in the popup's list already.
  const candidates = arrivals(previous?.artifacts, newest.artifacts, new Set(), 'newest');
  const alreadyFound = candidates.length ? await inTheirConversations(account, candidates) : new Set<string>();
  await noteArrivals(
    account,
    startedIn,
    candidates.filter((a) => !alreadyFound.has(a.id)),
    { notify: true },
  );
  return merged;
}

/**
 * One conversation's list, fetched and cached for its page's panel; what it
 * holds that neither its last list nor the popup's had is new. No
 * notification: the person has that conversation's page open.
 */
export async function refreshConversation(
  session: Session,
  conversationId: string,
  /**
   * The popup's list as it was before the request: a look at the newest list meanwhile leaves a new one to this
   * one (it sees it cached here).
   */
  known: ReadonlySet<string>,
  list: () => Promise<Pick<CachedList, 'artifacts' | 'unlisted'>>,
): Promise<CachedList> {
  const { account } = session;
  const startedIn = cacheGeneration();
  const { list: fresh, previous } = await fetchReplacingList(account, conversationList(conversationId), list);
  if (previous === null) return fresh;
  const found = arrivals(previous?.artifacts, fresh.artifacts, known, 'conversation');
  await noteArrivals(
    account,
    startedIn,
    found.map((a) => ({ ...a, conversation_id: conversationId })),
    { notify: false },
  );
  return fresh;
}
