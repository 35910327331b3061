import * as v from 'valibot';
import type { ConnectionState } from '../settings/connection-settings';
import type { HqErrorInfo } from '../hq/hq-errors';
import type { CachedList } from '../cache/artifact-cache';
import type { ZipResult } from '../background/zip-handlers';
import type { PageArtifact } from '../background/page-handlers';

/*
 * The one message protocol between extension pages / content scripts and the
 * background. Each request has a schema (checked in the background before a
 * handler runs) and a response type. Adding a message means adding it here.
 */

const Empty = v.strictObject({});
const Url = v.pipe(v.string(), v.maxLength(2048));
const Token = v.pipe(v.string(), v.trim(), v.minLength(1, 'The access token is empty.'), v.maxLength(8192), v.regex(/^\S+$/, 'The access token must not contain spaces.'));

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(/^[\w-]+$/, 'Not an artifact id.'));
const ArtifactRef = v.strictObject({ artifactId: Id });
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const requestSchemas = {
  'connection:get': Empty,
  'connection:connect': v.strictObject({ serverUrl: Url, webAppUrl: Url, token: Token }),
  'connection:sign-out': Empty,
  'artifacts:refresh': Empty,
  // `name` is only a fallback when the artifact is not in the cached list; it is sanitized.
  'artifacts:download': v.strictObject({ artifactId: Id, name: v.optional(v.pipe(v.string(), v.maxLength(1024))) }),
  'artifacts:delete': ArtifactRef,
  'artifacts:preview': ArtifactRef,
  'artifacts:download-zip': v.strictObject({ artifactIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(500)) }),
  // Page requests are checked against the conversation the sending tab shows.
  'page:conversation': v.strictObject({ source: v.picklist(['cache', 'network']), conversationId: Id }),
  'page:download-zip': v.strictObject({ conversationId: Id }),
  'zip:progress': v.strictObject({ jobId: v.string(), done: Count, total: Count, failed: Count }),
} satisfies Record<string, v.GenericSchema>;

export type PreviewContent =
  | { kind: 'image'; dataUrl: string }
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; limit: number }
  | { kind: 'none' };

export interface ResponseMap {
  'connection:get': ConnectionState;
  'connection:connect': ConnectionState;
  'connection:sign-out': ConnectionState;
  'artifacts:refresh': CachedList;
  'artifacts:download': { fileName: string };
  'artifacts:delete': { alreadyGone: boolean; remaining: number };
  'artifacts:preview': PreviewContent;
  'artifacts:download-zip': ZipResult;
  'page:conversation': { conversationId: string; artifacts: PageArtifact[] | null };
  'page:download-zip': ZipResult;
  'zip:progress': void;
}

/** Background → pages and tabs, while a ZIP is being prepared. */
export interface ZipStatusNotice {
  type: 'zip:status';
  done: number;
  total: number;
  failed: number;
}

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferInput<(typeof requestSchemas)[K]>;
export type ValidRequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;

export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** Failures that are about the message rather than HQ. */
export interface ProtocolErrorInfo {
  kind: 'invalid' | 'denied' | 'not_connected' | 'permission_missing' | 'internal';
  message: string;
}

export type ErrorInfo = HqErrorInfo | ProtocolErrorInfo;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}
