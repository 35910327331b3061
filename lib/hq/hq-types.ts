import * as v from 'valibot';
import { visibleText } from './untrusted-text';

/*
 * The shapes HQ sends, as schemas. Objects are non-strict: HQ adds fields
 * within v1 without notice, and unknown fields are dropped, never an error.
 */

const nullableString = v.nullish(v.string(), null);
/** Text people will read (names, titles, captions): invisible format characters removed on arrival. */
const readable = v.pipe(v.string(), v.transform(visibleText));
const nullableReadable = v.nullish(readable, null);

export const IdentitySchema = v.object({
  /** HQ's stable key of the account (hq-api.md); `id` is read too, for older servers. */
  user_id: v.optional(v.string()),
  id: v.optional(v.string()),
  display_name: v.optional(nullableReadable),
  name: v.optional(nullableReadable),
  email: v.optional(nullableString),
});

export const MeSchema = v.object({ identity: IdentitySchema });

export const ArtifactSchema = v.object({
  id: v.string(),
  name: readable,
  content_type: v.optional(v.string(), 'application/octet-stream'),
  size_bytes: v.optional(v.number(), 0),
  caption: v.optional(nullableReadable, null),
  sensitive: v.optional(v.boolean(), false),
  created_at: v.string(),
  conversation_id: v.optional(nullableString, null),
  conversation_title: v.optional(nullableReadable, null),
  download_url: v.string(),
});

export const ConversationSchema = v.object({
  conversation_id: v.string(),
  title: v.optional(nullableReadable, null),
});

/** A row of `GET /v1/api/conversations`: what the workspace index needs to know whether to list it again. */
export const ConversationRowSchema = v.object({
  id: v.string(),
  title: v.optional(nullableReadable, null),
  last_activity_at: v.string(),
  artifact_count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  agent: v.optional(v.nullish(v.object({ display_name: v.optional(nullableReadable, null) }), null), null),
});

export const ConversationPageSchema = v.object({
  conversations: v.array(v.unknown()),
  page: v.optional(v.number()),
  page_size: v.optional(v.number()),
  total: v.optional(v.number()),
});

export type HqIdentity = v.InferOutput<typeof IdentitySchema>;
export type HqConversationRow = v.InferOutput<typeof ConversationRowSchema>;
export type HqArtifact = v.InferOutput<typeof ArtifactSchema>;
export type HqConversation = v.InferOutput<typeof ConversationSchema>;
