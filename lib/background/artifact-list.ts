import type { HqClient } from '../hq/hq-client';
import type { Account, HqArtifact } from '../hq/hq-types';
import { cacheGeneration, readCachedList, workspaceCacheKey, writeCachedList, type CachedList } from '../cache/artifact-cache';

/** One request per account at a time: concurrent refreshes share it. */
const inFlight = new Map<string, Promise<CachedList>>();

/** When each artifact was deleted here, so a list fetched before that cannot bring it back. */
const deletedAt = new Map<string, number>();

/** Read-modify-write of the cached list, one at a time. */
let writes: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

export function refreshWorkspaceList(client: HqClient, account: Account): Promise<CachedList> {
  const key = workspaceCacheKey(account);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const startedAt = Date.now();
  const generation = cacheGeneration();
  const request = client
    .listArtifacts()
    .then((fetched) =>
      serially(async () => {
        const artifacts = fetched.filter((a) => (deletedAt.get(a.id) ?? -Infinity) < startedAt);
        const list: CachedList = { artifacts, fetchedAt: Date.now() };
        // Signed out or switched account meanwhile: this list belongs to nobody now.
        if (generation === cacheGeneration()) await writeCachedList(key, list);
        return list;
      }),
    )
    .finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}

/** Removes an artifact from the cached list once HQ confirmed it is gone. */
export function forgetCachedArtifact(account: Account, artifactId: string): Promise<HqArtifact[]> {
  deletedAt.set(artifactId, Date.now());
  return serially(async () => {
    const key = workspaceCacheKey(account);
    const cached = await readCachedList(key);
    if (!cached) return [];
    const artifacts = cached.artifacts.filter((a) => a.id !== artifactId);
    await writeCachedList(key, { ...cached, artifacts });
    return artifacts;
  });
}

export async function findCachedArtifact(account: Account, artifactId: string): Promise<HqArtifact | undefined> {
  return (await readCachedList(workspaceCacheKey(account)))?.artifacts.find((a) => a.id === artifactId);
}
