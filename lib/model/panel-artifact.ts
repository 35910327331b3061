/**
 * What a web page's panel gets of an artifact: no conversation fields, the type worked out.
 * The caption comes from the cached workspace list (a conversation's own list has none); null when unknown.
 */
export interface PanelArtifact {
  id: string;
  name: string;
  /** `name` shortened in the middle for the panel's row, extension kept; `name` stays whole for its tooltip and labels. */
  shortName: string;
  size_bytes: number;
  /** RFC 3339, as HQ sent it. */
  created_at: string;
  /** created_at in the browser's locale and time zone, worded in the background (row-time.ts): short, and in full for a tooltip. */
  time: { short: string; full: string } | null;
  caption: string | null;
  /** Gallery group and short type label, e.g. 'image' / 'PNG'. */
  group: string;
  label: string;
}
