import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from '@/lib/connection/background/session';
import { INDEX_RECORD, cacheKey, readCachedList, readRecord, workspaceCacheKey } from '@/lib/list-store/list-cache';
import { WorkspaceIndexSchema } from '@/lib/workspace-index/index-schema';
import { startHqServer, type HqServer } from '../hq-server/server';
import { sessionOn } from './support/hq-session';

// Its own file: the list writer remembers deletions in module state, and this test restarts the modules as a worker restart would.

let hq: HqServer;
beforeAll(async () => {
  hq = await startHqServer({ workspace: { conversations: 20, artifacts: 600 } });
});
afterAll(() => hq.close());

const session = () => sessionOn(hq);

const listedIds = async (s: Session) =>
  (await readCachedList(workspaceCacheKey(s.account)))!.artifacts.map((a) => a.id);
const indexedIds = async (s: Session) =>
  Object.values((await readRecord(cacheKey(s.account, INDEX_RECORD), WorkspaceIndexSchema))!.conversations).flatMap(
    (c) => c.artifacts?.map((a) => a.id) ?? [],
  );

describe('forgetting an artifact HQ says is gone', () => {
  it('takes it out of the lists and the workspace index, so it stays gone after the service worker restarts', async () => {
    const s = session();
    const { refreshIndex } = await import('@/lib/workspace-index/background/index-walker');
    await refreshIndex(s);
    const newest = new Set((await s.client.listArtifacts()).map((a) => a.id));
    // An older artifact: only the index knows it, so only the index could bring it back.
    const gone = (await indexedIds(s)).find((id) => !newest.has(id))!;
    expect(gone).toBeDefined();

    await s.client.deleteArtifact(gone); // HQ confirms it is gone, as the popup's Delete does
    const { forgetArtifactEverywhere } = await import('@/lib/workspace-index/background/forget-artifact');
    expect((await forgetArtifactEverywhere(s.account, gone)).some((a) => a.id === gone)).toBe(false);
    expect(await indexedIds(s)).not.toContain(gone);

    // A new worker: what it remembered of deletions in memory is gone, the cache is not.
    vi.resetModules();
    const restarted = await import('@/lib/workspace-index/background/index-walker');
    await restarted.refreshIndex(s);
    expect(await listedIds(s)).not.toContain(gone);
  });
});
