// The JSON shapes HQ puts on the wire, built from the internal model.
import type { Artifact, Conversation } from './types';

export function downloadPath(artifactId: string): string {
  return `/v1/api/artifacts/${artifactId}/download`;
}

/** A row of GET /v1/api/artifacts (the workspace list); `conversation` is undefined once detached. */
export function workspaceArtifact(a: Artifact, conversation: Conversation | undefined): object {
  return {
    id: a.id,
    name: a.name,
    content_type: a.content_type,
    size_bytes: a.bytes.length,
    caption: a.caption,
    sensitive: a.sensitive,
    created_at: a.created_at,
    conversation_id: conversation ? conversation.id : null,
    conversation_title: conversation ? conversation.title : null,
    download_url: downloadPath(a.id),
    // Not in the docs: HQ adds fields within v1 without notice, and clients must ignore them.
    storage_class: 'standard',
  };
}

/** A row of GET /v1/api/conversations/{id}/artifacts: the trimmer shape. */
export function conversationArtifact(a: Artifact): object {
  return {
    id: a.id,
    name: a.name,
    content_type: a.content_type,
    size_bytes: a.bytes.length,
    sensitive: a.sensitive,
    created_at: a.created_at,
    download_url: downloadPath(a.id),
  };
}

/** A row of GET /v1/api/conversations. */
export function conversationRow(c: Conversation, artifactCount: number): object {
  return {
    id: c.id,
    title: c.title,
    mode: c.mode,
    channel_kind: c.channel_kind,
    last_activity_at: c.last_activity_at,
    last_text: c.messages.at(-1)?.text ?? null,
    artifact_count: artifactCount,
    agent: c.agent,
  };
}

/** GET /v1/api/conversations/{id}: note `conversation_id`, not `id`. */
export function conversationDetail(c: Conversation): object {
  return {
    conversation_id: c.id,
    title: c.title,
    agent: c.agent,
    channel_kind: c.channel_kind,
    mode: c.mode,
    participants: c.participants,
    read_only: c.read_only,
    surface: c.surface,
    viewing_as: 'participant',
  };
}
