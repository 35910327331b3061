import type { HqArtifact } from '@/lib/hq/hq-types';
import type { PageArtifact } from '@/lib/messaging/payloads';
import { artifactKind } from '@/lib/artifact-list/artifact-kind';
import { formatDateTime, formatExactTime } from '@/lib/artifact-list/format';

/**
 * What a web page's panel needs of an artifact — no conversation fields,
 * nothing but what a row shows — with the type and the time already worked
 * out, so the content script stays small. `caption` overrides the
 * artifact's own (a conversation's list from HQ has none).
 */
export function toPageArtifact(artifact: HqArtifact, caption: string | null = artifact.caption): PageArtifact {
  const { group, label } = artifactKind(artifact.content_type, artifact.name);
  const { id, name, size_bytes, created_at } = artifact;
  // Worded here, in the background, as the popup words it: the content script carries no Intl code.
  const short = formatDateTime(created_at);
  const time = short ? { short, full: formatExactTime(created_at) } : null;
  return { id, name, size_bytes, created_at, time, caption, group, label };
}

/**
 * A conversation's artifacts for its page, each with its caption taken from
 * the workspace list when that list has it (HQ's per-conversation list does
 * not carry captions; the workspace list does).
 */
export function toPageArtifacts(conversation: readonly HqArtifact[], workspace: readonly HqArtifact[] = []): PageArtifact[] {
  const captions = new Map(workspace.map((artifact) => [artifact.id, artifact.caption]));
  return conversation.map((artifact) => toPageArtifact(artifact, artifact.caption ?? captions.get(artifact.id) ?? null));
}
