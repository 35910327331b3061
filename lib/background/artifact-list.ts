import type { HqClient } from '../hq/hq-client';
import type { Account, HqArtifact } from '../hq/hq-types';
import { readCachedList, workspaceCacheKey, writeCachedList, type CachedList } from '../cache/artifact-cache';

/** One request per account at a time: concurrent refreshes share it. */
const inFlight = new Map<string, Promise<CachedList>>();

export function refreshWorkspaceList(client: HqClient, account: Account): Promise<CachedList> {
  const key = workspaceCacheKey(account);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const request = client
    .listArtifacts()
    .then(async (artifacts) => {
      const list: CachedList = { artifacts, fetchedAt: Date.now() };
      await writeCachedList(key, list);
      return list;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}

/** Removes an artifact from the cached list once HQ confirmed it is gone. */
export async function forgetCachedArtifact(account: Account, artifactId: string): Promise<HqArtifact[]> {
  const key = workspaceCacheKey(account);
  const cached = await readCachedList(key);
  if (!cached) return [];
  const artifacts = cached.artifacts.filter((a) => a.id !== artifactId);
  await writeCachedList(key, { ...cached, artifacts });
  return artifacts;
}

export async function findCachedArtifact(account: Account, artifactId: string): Promise<HqArtifact | undefined> {
  return (await readCachedList(workspaceCacheKey(account)))?.artifacts.find((a) => a.id === artifactId);
}
