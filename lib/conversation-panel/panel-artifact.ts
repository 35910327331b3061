import type { HqArtifact } from '@/lib/hq/hq-types';
import type { PanelArtifact } from '@/lib/model/panel-artifact';
import { artifactKind } from '@/lib/artifact-list/artifact-kind';
import { formatDateTime, formatExactTime, middleTruncate } from '@/lib/artifact-list/format';
import { formatLocale } from '@/lib/i18n/locale';

/**
 * Widest name the panel shows whole (middleTruncate's units: a Latin letter
 * 1, a CJK character 2). Its name column is about 225px wide (a 340px panel
 * less the type badge, the Download button and padding); at 14px semibold a
 * file name runs up to about 8.5px a letter (seen: 30 letters overflowed),
 * so 25 fit with room. Longer names are shortened in the middle here — the
 * panel's own CSS ellipsis would cut the extension off the end.
 */
export const PANEL_NAME_MAX = 25;

/**
 * What a web page's panel needs of an artifact — no conversation fields,
 * nothing but what a row shows — with the type, the time and the shortened
 * name already worked out, so the content script stays small. `caption`
 * overrides the artifact's own (a conversation's list from HQ has none).
 */
export function toPanelArtifact(artifact: HqArtifact, caption: string | null = artifact.caption): PanelArtifact {
  const { group, label } = artifactKind(artifact.content_type, artifact.name);
  const { id, name, size_bytes, created_at } = artifact;
  // Worded here, in the background, as the popup words it: the content script carries no Intl code.
  // In the extension's language (its locale, not the page's or the service worker's default).
  const locale = formatLocale();
  const short = formatDateTime(created_at, Date.now(), locale);
  const time = short ? { short, full: formatExactTime(created_at, locale) } : null;
  return {
    id,
    name,
    shortName: middleTruncate(name, PANEL_NAME_MAX),
    size_bytes,
    created_at,
    time,
    caption,
    group,
    label,
  };
}

/**
 * A conversation's artifacts for its page, each with its caption taken from
 * the workspace list when that list has it (HQ's per-conversation list does
 * not carry captions; the workspace list does).
 */
export function toPanelArtifacts(
  conversation: readonly HqArtifact[],
  workspace: readonly HqArtifact[] = [],
): PanelArtifact[] {
  const captions = new Map(workspace.map((artifact) => [artifact.id, artifact.caption]));
  return conversation.map((artifact) =>
    toPanelArtifact(artifact, artifact.caption ?? captions.get(artifact.id) ?? null),
  );
}
