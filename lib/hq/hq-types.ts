import * as v from 'valibot';

/*
 * The shapes HQ sends, as schemas. Objects are non-strict: HQ adds fields
 * within v1 without notice, and unknown fields are dropped, never an error.
 */

const nullableString = v.nullish(v.string(), null);

export const IdentitySchema = v.object({
  id: v.optional(v.string()),
  display_name: v.optional(nullableString),
  name: v.optional(nullableString),
  email: v.optional(nullableString),
});

export const MeSchema = v.object({ identity: IdentitySchema });

export const ArtifactSchema = v.object({
  id: v.string(),
  name: v.string(),
  content_type: v.optional(v.string(), 'application/octet-stream'),
  size_bytes: v.optional(v.number(), 0),
  caption: v.optional(nullableString, null),
  sensitive: v.optional(v.boolean(), false),
  created_at: v.string(),
  conversation_id: v.optional(nullableString, null),
  conversation_title: v.optional(nullableString, null),
  download_url: v.string(),
});

export const ConversationSchema = v.object({
  conversation_id: v.string(),
  title: v.optional(nullableString, null),
});

export type HqIdentity = v.InferOutput<typeof IdentitySchema>;
export type HqArtifact = v.InferOutput<typeof ArtifactSchema>;
export type HqConversation = v.InferOutput<typeof ConversationSchema>;
