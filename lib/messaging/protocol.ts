import * as v from 'valibot';
import { t } from '@/lib/i18n/messages';
import type { CachedList } from '@/lib/model/cached-list';
import type { ConnectionState } from '@/lib/model/account';
import type { ConversationListPage } from '@/lib/model/conversation-summary';
import type { PanelArtifact } from '@/lib/model/panel-artifact';
import type { PreviewContent } from '@/lib/model/preview-content';
import type { ZipResult } from '@/lib/model/file-job-results';

/*
 * The one message protocol of the extension. Requests go to the background
 * (each has a schema, checked before a handler runs, and a response type);
 * notices go from the background to pages and tabs (notice-protocol.ts: each
 * has a check the receiver runs). Adding a message means adding it here.
 */

const Empty = v.strictObject({});
const Url = v.pipe(v.string(), v.maxLength(2048));
const Token = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, () => t('error_tokenEmpty')),
  v.maxLength(8192),
  v.regex(/^\S+$/, () => t('error_tokenSpaces')),
);

const Id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(100),
  v.regex(/^[\w-]+$/, () => t('error_notArtifactId')),
);
const ArtifactRef = v.strictObject({ artifactId: Id });

export const requestSchemas = {
  'connection:get': Empty,
  'connection:connect': v.strictObject({ serverUrl: Url, webAppUrl: Url, token: Token }),
  'connection:sign-in': v.strictObject({
    serverUrl: Url,
    webAppUrl: Url,
    clientId: v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1, () => t('error_clientIdEmpty')),
      v.maxLength(200),
      v.regex(/^\S+$/, () => t('error_clientIdSpaces')),
    ),
  }),
  'connection:sign-out': Empty,
  'artifact-list:refresh': Empty,
  // The popup opened: what arrived since the last look is seen now.
  'new-artifacts:take': Empty,
  // The walk of the whole workspace (lib/workspace-index): pause it, or go on with it.
  'workspace-index:pause': Empty,
  'workspace-index:resume': Empty,
  // The popup's Conversations view: HQ's paged list (with HQ's own search), and one conversation's ZIP.
  'conversations:list': v.strictObject({
    q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
    page: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  }),
  /** `artifactCount`: HQ's count on the row the person clicked, to check the list by. */
  'conversations:download-zip': v.strictObject({
    conversationId: Id,
    artifactCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  }),
  // `name` is only a fallback when the artifact is not in the cached list; it is sanitized.
  'file-jobs:download': v.strictObject({ artifactId: Id, name: v.optional(v.pipe(v.string(), v.maxLength(1024))) }),
  'artifact-list:delete': ArtifactRef,
  'preview:artifact': ArtifactRef,
  // Up to a whole large workspace: "Not downloaded yet" may be every artifact.
  'file-jobs:download-zip': v.strictObject({ artifactIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(50_000)) }),
  // Page requests are checked against the conversation the sending tab shows.
  'conversation-panel:list': v.strictObject({ source: v.picklist(['cache', 'network']), conversationId: Id }),
  'conversation-panel:download': v.strictObject({ conversationId: Id, artifactId: Id }),
  'conversation-panel:download-zip': v.strictObject({ conversationId: Id }),
  // The panel was opened on these: they are seen. Only ids of the tab's own conversation count.
  'conversation-panel:seen': v.strictObject({
    conversationId: Id,
    artifactIds: v.pipe(v.array(Id), v.maxLength(10_000)),
  }),
} satisfies Record<string, v.GenericSchema>;

export interface ResponseMap {
  'connection:get': ConnectionState;
  'connection:connect': ConnectionState;
  'connection:sign-in': ConnectionState;
  'connection:sign-out': ConnectionState;
  'artifact-list:refresh': CachedList;
  /** The ids that were new since the last look. */
  'new-artifacts:take': { artifactIds: string[] };
  'workspace-index:pause': void;
  'workspace-index:resume': void;
  'conversations:list': ConversationListPage;
  'conversations:download-zip': ZipResult;
  'file-jobs:download': { fileName: string };
  'artifact-list:delete': { alreadyGone: boolean; remaining: number };
  'preview:artifact': PreviewContent;
  'file-jobs:download-zip': ZipResult;
  /**
   * `unlisted`: in words, what HQ's list of the conversation lacks by HQ's own count; null when nothing says it is
   * short. `requests`: how many HQ requests this answer took (0 from the cache or a request already on its way).
   */
  'conversation-panel:list': {
    conversationId: string;
    artifacts: PanelArtifact[] | null;
    unlisted: string | null;
    requests: number;
  };
  'conversation-panel:download': { fileName: string };
  /** Told in words (zip/zip-outcome.ts), so the content script carries no wording of its own. */
  'conversation-panel:download-zip': { tone: 'status' | 'alert'; text: string };
  'conversation-panel:seen': void;
}

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferInput<(typeof requestSchemas)[K]>;
export type ValidRequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}

// Background → page notices live in notice-protocol.ts: pages that only listen need no schema library.
export type { NoticeOf, NoticeType } from './notice-protocol';
