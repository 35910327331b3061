import * as v from 'valibot';
import { CachedArtifactSchema } from '@/lib/list-store/list-cache';
import type { WorkspaceIndex } from './workspace-index';

/* The workspace index as it is read back from the cache: anything else — an older shape, damage — is rebuilt by a new walk. */

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nullableString = v.nullable(v.string());

const IndexedConversationSchema = v.object({
  id: v.string(),
  title: nullableString,
  agent: nullableString,
  lastActivityAt: v.string(),
  artifactCount: Count,
  artifacts: v.nullable(v.array(CachedArtifactSchema)),
  stale: v.boolean(),
  missing: Count,
});

const WalkSchema = v.object({
  nextPage: v.pipe(Count, v.minValue(1)),
  full: v.boolean(),
  seen: v.array(v.string()),
  total: v.nullable(Count),
  settled: v.boolean(),
  startedAt: v.number(),
});

export const WorkspaceIndexSchema: v.GenericSchema<unknown, WorkspaceIndex> = v.object({
  conversations: v.record(v.string(), IndexedConversationSchema),
  walk: v.nullable(WalkSchema),
  fullWalkAt: v.nullable(v.number()),
  unreached: Count,
});
