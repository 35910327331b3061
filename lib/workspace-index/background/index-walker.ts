import { HqError } from '@/lib/hq/hq-errors';
import type { ConversationArtifacts } from '@/lib/hq/hq-client';
import type { Session } from '@/lib/connection/background/session';
import { INDEX_RECORD, cacheKey, readRecord } from '@/lib/list-store/list-cache';
import { cacheGeneration, writeCached } from '@/lib/list-store/background/list-writer';
import { broadcastNotice } from '@/lib/messaging/background/notify';
import { describeError } from '@/lib/messaging/error-words';
import { retryPolicy, withRetries } from '@/lib/hq/retry-policy';
import { whileKeptAlive } from '@/lib/async/keep-alive';
import type { Account } from '@/lib/model/account';
import {
  EMPTY_INDEX,
  conversationsToList,
  dropConversation,
  relistIncomplete,
  setConversationArtifacts,
  unlistedArtifacts,
  type WorkspaceIndex,
} from '../workspace-index';
import {
  CONVERSATION_PAGE_SIZE,
  applyConversationPage,
  finishWalk,
  startWalk,
  walkProgress,
  walkReachedEnd,
} from '../index-walk';
import { WorkspaceIndexSchema } from '../index-schema';
import { publishWorkspace } from './publish-workspace';

/*
 * Walks HQ's conversations (sort=recent, 100 a page) and lists those whose
 * activity or artifact count moved: after the first walk, a refresh costs
 * the first page and what changed. Two requests at a time, 429 and 5xx
 * retried with backoff (Retry-After honoured). The walk is saved as it goes,
 * so a stopped service worker resumes it on the next refresh.
 */

/** Conversations listed at once: gentle on HQ's rate limit. */
const CONCURRENCY = 2;
const RETRIES = retryPolicy({ maxAttempts: 5 });
/** The popup's list is re-merged at most this often while a walk runs. */
const PUBLISH_EVERY_MS = 1500;

/** The walk running for each account, and whether its Pause was pressed: walks are per account, and so is Pause. */
const running = new Map<string, { run: Promise<void>; pauseRequested: boolean }>();

class Stopped extends Error {}

/** Starts (or joins) the walk for this session's account. Never rejects: failures are told as notices. */
export function refreshIndex(session: Session, options: { full?: boolean } = {}): Promise<void> {
  const key = cacheKey(session.account, INDEX_RECORD);
  const current = running.get(key);
  if (current) return current.run;
  const state = { run: Promise.resolve(), pauseRequested: false };
  state.run = walk(session, key, options.full ?? false, () => state.pauseRequested).finally(() => running.delete(key));
  running.set(key, state);
  return state.run;
}

/** "Pause": this account's walk stops after the request in flight and is kept for later. */
export function pauseIndexing(account: Account): void {
  const current = running.get(cacheKey(account, INDEX_RECORD));
  if (current) current.pauseRequested = true;
}

async function walk(
  { client, account, signal }: Session,
  key: string,
  forceFull: boolean,
  pauseRequested: () => boolean,
): Promise<void> {
  const startedIn = cacheGeneration();
  // A record an older version wrote, or a damaged one, reads as none: the walk rebuilds it.
  let index: WorkspaceIndex = (await readRecord(key, WorkspaceIndexSchema)) ?? EMPTY_INDEX;
  if (!index.walk) index = { ...relistIncomplete(index), walk: startWalk(index, Date.now(), forceFull) };
  let publishedAt = Date.now();

  const save = async () => {
    if ((await writeCached(startedIn, key, index)) === undefined) throw new Stopped();
  };
  // Pages re-read the cached list only when `published` moved, not on every progress notice.
  let published = 0;
  const publish = async () => {
    await publishWorkspace(account, startedIn, { index });
    published += 1;
  };
  const tell = (state: 'indexing' | 'done' | 'paused' | 'failed', words?: string) =>
    broadcastNotice('workspace-index:status', {
      state,
      ...walkProgress(index),
      published,
      unlisted: unlistedArtifacts(index),
      ...(words ? { words } : {}),
    });
  const stopIfAsked = () => {
    if (signal.aborted) throw new Stopped('signed out');
    if (pauseRequested()) throw new Stopped('paused');
  };

  async function listPending(): Promise<void> {
    const pending = conversationsToList(index);
    for (let i = 0; i < pending.length; i += CONCURRENCY) {
      stopIfAsked();
      const batch = pending.slice(i, i + CONCURRENCY);
      const lists = await Promise.all(
        batch.map((c) =>
          withRetries(() => client.listConversationArtifacts(c.id, c.artifactCount), signal, RETRIES).catch(
            (error: unknown) => error,
          ),
        ),
      );
      batch.forEach((conversation, n) => {
        const listed = lists[n];
        if (listed instanceof HqError && listed.kind === 'not_found') index = dropConversation(index, conversation.id);
        else if (listed instanceof Error) throw listed;
        else index = setConversationArtifacts(index, conversation.id, (listed as ConversationArtifacts).artifacts);
      });
      tell('indexing');
      if (Date.now() - publishedAt > PUBLISH_EVERY_MS) {
        await save();
        await publish();
        publishedAt = Date.now();
      }
    }
    await save();
  }

  // A long walk must outlive Chrome's idle limit for service workers.
  await whileKeptAlive(async () => {
    try {
      await save();
      tell('indexing');
      await listPending(); // what a stopped walk left
      for (;;) {
        stopIfAsked();
        const walkState = index.walk!;
        const page = await withRetries(
          () =>
            client.listConversations({ page: walkState.nextPage, pageSize: CONVERSATION_PAGE_SIZE, sort: 'recent' }),
          signal,
          RETRIES,
        );
        const applied = applyConversationPage(index, walkState, page.conversations, page.total);
        index = applied.index;
        await save();
        await listPending();
        if (
          walkReachedEnd(index.walk!, { received: page.received, fresh: applied.fresh }) ||
          (!index.walk!.full && !applied.changed)
        )
          break;
      }
      index = finishWalk(index, Date.now());
      await save();
      await publish();
      tell('done');
    } catch (error) {
      // Signed out (or another account): the walk just ends, and tells nothing of the account that is gone.
      if (signal.aborted) return;
      if (error instanceof Stopped) {
        if (error.message === 'paused') {
          await save().catch(() => {});
          await publish();
          tell('paused');
        }
        return;
      }
      await save().catch(() => {});
      await publish().catch(() => undefined);
      const info = error instanceof HqError ? error : new HqError({ kind: 'network', message: String(error) });
      tell('failed', describeError(info));
    }
  });
}
