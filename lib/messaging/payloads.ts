import type { HqArtifact } from '@/lib/hq/hq-types';

/*
 * The data that crosses a message boundary (background ↔ pages, background →
 * content scripts). Features produce and consume these shapes; they are
 * defined here so the protocol never has to import a feature.
 */

/** Who the extension is connected as. Non-secret: any extension page may know it. */
export interface Account {
  serverUrl: string;
  /** Stable key for this identity on this server (id, else email, else name). */
  identityKey: string;
  displayName: string;
  email: string | null;
}

/** What any extension page may know about the connection: never the token. */
export interface ConnectionState {
  serverUrl: string;
  webAppUrl: string;
  /** The OAuth client this extension signs in as ("Sign in with HQ"). */
  oauthClientId: string;
  /** Who we are connected as; null when signed out. */
  account: Account | null;
  /** What HQ granted at sign-in; null when unknown (a pasted token). */
  grantedScopes: string[] | null;
  /** Why the extension was signed out without being asked to, if it was. */
  signedOutReason: 'session_ended' | null;
  /** HQ answered a delete with 403 for this connection (reset by the next connect). */
  deleteRefused: boolean;
}

export interface CachedList {
  artifacts: HqArtifact[];
  /** Epoch ms of the server answer this list came from. */
  fetchedAt: number;
  /** Set on the first screenful stored for the popup's first paint: how many the whole list has. */
  partialOf?: number;
  /** A conversation's list short of HQ's count for it: what it lacks. */
  unlisted?: ListGap;
}

/**
 * What a web page's panel gets of an artifact: no conversation fields, the type worked out.
 * The caption comes from the cached workspace list (a conversation's own list has none); null when unknown.
 */
export interface PageArtifact {
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

export interface ZipProgress {
  done: number;
  total: number;
  failed: number;
}

export interface ZipResult {
  fileName: string;
  /** Artifacts asked for. */
  count: number;
  /** Of those, how many could not be downloaded (listed in the archive's _errors.txt). */
  failed: number;
  /** 'server' = HQ's own ZIP; 'extension' = built here (fallback). */
  builtBy: 'server' | 'extension';
  /** The conversation's list from HQ came up short: what it lacks (lib/conversations/list-gap.ts). */
  unlisted?: ListGap;
}

/**
 * A conversation's list is short of what HQ counts: `listed` read, `expected`
 * by HQ's `artifact_count` — or null when HQ gave no count but repeated a
 * full page, so it may hold more than any request can reach.
 */
export interface ListGap {
  listed: number;
  expected: number | null;
}

export type PreviewContent =
  | { kind: 'image'; dataUrl: string }
  | { kind: 'pdf'; base64: string }
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; limit: number }
  | { kind: 'none' };

/** Where the walk of the whole workspace stands (lib/workspace-index): conversations done of HQ's total. */
export interface IndexStatus {
  state: 'indexing' | 'done' | 'paused' | 'failed';
  done: number;
  total: number | null;
  /** How many times this walk has written the merged list so far: a page re-reads the list when it moves. */
  published: number;
  /**
   * What HQ counts but would not list: artifacts its conversations' lists did not bring, in how many
   * conversations, and conversations its conversation list did not reach — all asked for again on the next walk.
   */
  unlisted: { artifacts: number; conversations: number; unreached: number };
  /** Why it failed, in plain words. */
  words?: string;
}

/** A conversation as the popup's Conversations view lists it. */
export interface ConversationSummary {
  id: string;
  title: string | null;
  agent: string | null;
  lastActivityAt: string;
  artifactCount: number;
}

export interface ConversationListPage {
  conversations: ConversationSummary[];
  page: number;
  /** Conversations matching in all, when HQ says. */
  total: number | null;
}
