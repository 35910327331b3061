import type { MessageKey } from '@/lib/i18n/messages';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { artifactKind, type ArtifactGroup } from './artifact-kind';
import { conversationLabel } from './conversation-label';

export type FilterId = 'all' | ArtifactGroup;

/** The gallery's tabs, in HQ's order. */
export const FILTERS: ReadonlyArray<{ id: FilterId; label: MessageKey }> = [
  { id: 'all', label: 'filter_all' },
  { id: 'image', label: 'filter_images' },
  { id: 'html', label: 'filter_html' },
  { id: 'code', label: 'filter_code' },
  { id: 'file', label: 'filter_files' },
];

/** Case-insensitive match on name, caption and conversation title. */
export function matchesQuery(artifact: HqArtifact, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [artifact.name, artifact.caption ?? '', conversationLabel(artifact)].some((field) =>
    field.toLocaleLowerCase().includes(needle),
  );
}

export function groupOf(artifact: HqArtifact): ArtifactGroup {
  return artifactKind(artifact.content_type, artifact.name).group;
}

/** Counts per tab for the artifacts that match the search. */
export function countByFilter(artifacts: HqArtifact[], query: string): Record<FilterId, number> {
  const counts: Record<FilterId, number> = { all: 0, image: 0, html: 0, code: 0, file: 0 };
  for (const artifact of artifacts) {
    if (!matchesQuery(artifact, query)) continue;
    counts.all += 1;
    counts[groupOf(artifact)] += 1;
  }
  return counts;
}

export function filterArtifacts(artifacts: HqArtifact[], query: string, filter: FilterId): HqArtifact[] {
  return artifacts.filter((a) => matchesQuery(a, query) && (filter === 'all' || groupOf(a) === filter));
}
