// What happens in HQ between two looks of the extension, for tests to make
// happen: an agent delivers a file into a conversation (its last_activity_at
// moves), or someone deletes a conversation (its artifacts go with it or stay
// behind detached). Deleting one artifact is the API's own DELETE and does not
// move last_activity_at: HQ's docs do not say it does.
import { findConversation, isoSeconds, sampleFile } from './demo-data';
import type { Artifact, DemoData } from './types';

export interface NewArtifact {
  name: string;
  /** Default: from the name's extension (text/plain when unknown). */
  content_type?: string;
  /** A string is UTF-8 text. Default: a small body matching the extension. */
  bytes?: Uint8Array | string;
  caption?: string | null;
  sensitive?: boolean;
  /** RFC 3339; default now. Stored at whole seconds in UTC, as HQ writes timestamps. */
  created_at?: string;
}

/** Raised for input HQ could not have produced; the control route answers it with 400. */
export class EditError extends Error {}

/**
 * Appends an artifact to a conversation and moves the conversation's
 * last_activity_at to the artifact's created_at when that is later. Throws
 * EditError for an unknown conversation or a malformed field.
 */
export function addArtifact(
  data: DemoData,
  id: string,
  conversationId: string,
  spec: NewArtifact,
  now = Date.now(),
): Artifact {
  const conversation = findConversation(data, conversationId.toLowerCase());
  if (!conversation) throw new EditError(`no conversation ${JSON.stringify(conversationId)}`);
  if (typeof spec.name !== 'string' || spec.name === '') throw new EditError('name must be a non-empty string');
  const time = spec.created_at === undefined ? now : Date.parse(spec.created_at);
  if (Number.isNaN(time)) throw new EditError(`created_at is not a timestamp: ${JSON.stringify(spec.created_at)}`);

  const sample = sampleFile(spec.name, data.artifacts.length + 1);
  const bytes =
    spec.bytes === undefined
      ? sample.bytes
      : typeof spec.bytes === 'string'
        ? new TextEncoder().encode(spec.bytes)
        : spec.bytes;
  const artifact: Artifact = {
    id,
    name: spec.name,
    content_type: spec.content_type ?? sample.content_type,
    caption: spec.caption ?? null,
    sensitive: spec.sensitive ?? false,
    created_at: isoSeconds(time),
    conversation_id: conversation.id,
    bytes,
  };
  data.artifacts.push(artifact);
  if (artifact.created_at > conversation.last_activity_at) conversation.last_activity_at = artifact.created_at;
  return artifact;
}

/**
 * Deletes a conversation: it leaves every list and answers 404. Its artifacts
 * are deleted with it, or with `keepArtifacts` stay as detached artifacts
 * (conversation_id null), as hq-api.md describes. Returns those artifacts.
 */
export function deleteConversation(
  data: DemoData,
  conversationId: string,
  options: { keepArtifacts: boolean },
): Artifact[] {
  const id = conversationId.toLowerCase();
  const index = data.conversations.findIndex((c) => c.id === id);
  if (index < 0) throw new EditError(`no conversation ${JSON.stringify(conversationId)}`);
  data.conversations.splice(index, 1);
  const affected = data.artifacts.filter((a) => a.conversation_id === id);
  if (options.keepArtifacts) {
    for (const a of affected) a.conversation_id = null;
  } else {
    // In place: whoever holds data.artifacts keeps seeing the live list.
    const kept = data.artifacts.filter((a) => a.conversation_id !== id);
    data.artifacts.length = 0;
    for (const a of kept) data.artifacts.push(a);
  }
  return affected;
}
