import { browser } from 'wxt/browser';
import { HqError } from '@/lib/hq/hq-errors';
import type { ConversationArtifacts } from '@/lib/hq/hq-client';
import type { Session } from '@/lib/connection/background/session';
import { INDEX_RECORD, cacheKey, readRecord } from '@/lib/list-store/list-cache';
import { cacheGeneration, writeCached } from '@/lib/list-store/background/list-writer';
import { broadcastNotice } from '@/lib/messaging/background/notify';
import { describeError } from '@/lib/messaging/error-words';
import { abortableSleep, backoffDelay } from '@/lib/hq/retry-policy';
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
const MAX_ATTEMPTS = 5;
/** The popup's list is re-merged at most this often while a walk runs. */
const PUBLISH_EVERY_MS = 1500;

const running = new Map<string, Promise<void>>();
let pauseRequested = false;

class Stopped extends Error {}

/** Starts (or joins) the walk for this session's account. Never rejects: failures are told as notices. */
export function refreshIndex(session: Session, options: { full?: boolean } = {}): Promise<void> {
  const key = cacheKey(session.account, INDEX_RECORD);
  const current = running.get(key);
  if (current) return current;
  pauseRequested = false;
  const run = walk(session, key, options.full ?? false).finally(() => running.delete(key));
  running.set(key, run);
  return run;
}

/** "Pause": the walk stops after the request in flight and is kept for later. */
export function pauseIndexing(): void {
  if (running.size > 0) pauseRequested = true;
}

async function walk({ client, account, signal }: Session, key: string, forceFull: boolean): Promise<void> {
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
    broadcastNotice('index:status', {
      state,
      ...walkProgress(index),
      published,
      unlisted: unlistedArtifacts(index),
      ...(words ? { words } : {}),
    });
  const stopIfAsked = () => {
    if (signal.aborted) throw new Stopped('signed out');
    if (pauseRequested) throw new Stopped('paused');
  };

  async function listPending(): Promise<void> {
    const pending = conversationsToList(index);
    for (let i = 0; i < pending.length; i += CONCURRENCY) {
      stopIfAsked();
      const batch = pending.slice(i, i + CONCURRENCY);
      const lists = await Promise.all(
        batch.map((c) =>
          withRetry(() => client.listConversationArtifacts(c.id, c.artifactCount), signal).catch(
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
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => {}), 25_000);
  try {
    await save();
    tell('indexing');
    await listPending(); // what a stopped walk left
    for (;;) {
      stopIfAsked();
      const walkState = index.walk!;
      const page = await withRetry(
        () => client.listConversations({ page: walkState.nextPage, pageSize: CONVERSATION_PAGE_SIZE, sort: 'recent' }),
        signal,
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
  } finally {
    clearInterval(keepAlive);
  }
}

/** Retries what may pass (429, 5xx, network, timeout) with backoff; Retry-After is honoured. The wait ends with the session. */
async function withRetry<T>(request: () => Promise<T>, signal: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const transient =
        error instanceof HqError && ['rate_limited', 'server', 'network', 'timeout', 'offline'].includes(error.kind);
      if (!transient || attempt >= MAX_ATTEMPTS) throw error;
      const hint = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
      await abortableSleep(
        backoffDelay(attempt, { baseDelayMs: 500, maxDelayMs: 30_000, random: Math.random }, hint),
        signal,
      );
    }
  }
}
