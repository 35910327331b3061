import { createStore, get } from 'idb-keyval';
import * as v from 'valibot';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { Account } from '@/lib/model/account';
import type { CachedList } from '@/lib/model/cached-list';

/*
 * Cached artifact lists in the extension's IndexedDB, keyed by account so
 * that one account's list can never be painted for another. Extension pages
 * read them directly for an instant first paint; only the background's
 * list-writer.ts writes them.
 */
export const LIST_STORE = createStore('hq-cache', 'lists');

/**
 * `workspace`: what the popup shows — HQ's newest 500 merged with every
 * older artifact the workspace index found; `newest`: HQ's newest 500 as
 * HQ sent them; `index`: the workspace index itself (lib/workspace-index);
 * one conversation's list; or a set of artifact ids: `unseen` (arrived since
 * the person last looked, lib/new-artifacts) and `saved` (downloaded here,
 * lib/file-jobs). Being per account, a sign-out forgets them with the lists.
 */
export type ListName =
  'workspace' | 'workspace-head' | 'newest' | 'index' | 'unseen' | 'saved' | `conversation:${string}`;

export const WORKSPACE_LIST: ListName = 'workspace';
/** The workspace list's first screenful: the popup paints it before reading all 10,000 rows. */
export const WORKSPACE_HEAD: ListName = 'workspace-head';
export const HEAD_ROWS = 40;
export const NEWEST_LIST: ListName = 'newest';
export const INDEX_RECORD: ListName = 'index';
export const UNSEEN_RECORD: ListName = 'unseen';
export const SAVED_RECORD: ListName = 'saved';

export function conversationList(conversationId: string): ListName {
  return `conversation:${conversationId}`;
}

type AccountKey = Pick<Account, 'serverUrl' | 'identityKey'>;

export function cacheKey(account: AccountKey, list: ListName): string {
  return JSON.stringify([account.serverUrl, account.identityKey, list]);
}

export function workspaceCacheKey(account: AccountKey): string {
  return cacheKey(account, WORKSPACE_LIST);
}

/**
 * What the popup's first paint reads: a long list's first screenful, marked
 * as part of a larger one — or a short list whole, so the first paint always
 * reads this one small record.
 */
export function headOf(list: CachedList): CachedList {
  return list.artifacts.length > HEAD_ROWS * 2
    ? { artifacts: list.artifacts.slice(0, HEAD_ROWS), fetchedAt: list.fetchedAt, partialOf: list.artifacts.length }
    : list;
}

/**
 * The shape of the records in LIST_STORE. Bumped whenever one changes: a
 * record an older version of the extension wrote is rebuilt from HQ, never
 * handed to the UI.
 */
export const CACHE_SCHEMA_VERSION = 2;

/** What is stored under a key: the value with the schema version it was written in. */
interface StoredRecord {
  schema: number;
  value: unknown;
}

export function storedRecord(value: unknown): StoredRecord {
  return { schema: CACHE_SCHEMA_VERSION, value };
}

/** An artifact as cached: HQ's answer after hq-types.ts read it (so no defaults or clean-up are applied again). */
const nullableString = v.nullable(v.string());
export const CachedArtifactSchema: v.GenericSchema<unknown, HqArtifact> = v.object({
  id: v.string(),
  name: v.string(),
  content_type: v.string(),
  size_bytes: v.number(),
  caption: nullableString,
  sensitive: v.boolean(),
  created_at: v.string(),
  conversation_id: nullableString,
  conversation_title: nullableString,
  download_url: v.string(),
});

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const CachedListSchema: v.GenericSchema<unknown, CachedList> = v.object({
  artifacts: v.array(CachedArtifactSchema),
  fetchedAt: v.number(),
  partialOf: v.optional(Count),
  unlisted: v.optional(v.object({ listed: Count, expected: v.nullable(Count) })),
});

/** A cached value as `schema` reads it; undefined when absent, written by another version, or damaged — the caller rebuilds it. */
export async function readRecord<T>(key: string, schema: v.GenericSchema<unknown, T>): Promise<T | undefined> {
  return recordValue(await get<unknown>(key, LIST_STORE), schema);
}

function recordValue<T>(stored: unknown, schema: v.GenericSchema<unknown, T>): T | undefined {
  if (!stored || typeof stored !== 'object' || (stored as Partial<StoredRecord>).schema !== CACHE_SCHEMA_VERSION)
    return undefined;
  const parsed = v.safeParse(schema, (stored as StoredRecord).value);
  return parsed.success ? parsed.output : undefined;
}

export function readCachedList(key: string): Promise<CachedList | undefined> {
  return readRecord(key, CachedListSchema);
}

/** A set of artifact ids, stored as a list (`unseen`, `saved`). */
export interface IdSet {
  ids: string[];
}
export const IdSetSchema: v.GenericSchema<unknown, IdSet> = v.object({ ids: v.array(v.string()) });

/** The ids stored under `list` for `account`; empty when absent or damaged. */
export async function readIdSet(account: AccountKey, list: ListName): Promise<Set<string>> {
  return new Set((await readRecord(cacheKey(account, list), IdSetSchema))?.ids ?? []);
}

/** One artifact of the popup's list, by id; undefined when the list does not hold it. */
export async function findCachedArtifact(account: AccountKey, artifactId: string): Promise<HqArtifact | undefined> {
  return (await readCachedList(cacheKey(account, WORKSPACE_LIST)))?.artifacts.find((a) => a.id === artifactId);
}
