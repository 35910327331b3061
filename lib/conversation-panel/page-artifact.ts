import type { HqArtifact } from '@/lib/hq/hq-types';
import type { PageArtifact } from '@/lib/messaging/payloads';
import { artifactKind } from '@/lib/artifact-list/artifact-kind';

/**
 * What a web page's panel needs of an artifact — no captions, no
 * conversation fields — with the type already worked out, so the content
 * script stays small.
 */
export function toPageArtifact(artifact: HqArtifact): PageArtifact {
  const { group, label } = artifactKind(artifact.content_type, artifact.name);
  return { id: artifact.id, name: artifact.name, size_bytes: artifact.size_bytes, group, label };
}
