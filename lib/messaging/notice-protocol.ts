import type { IndexStatus } from '@/lib/model/index-status';
import type { ZipProgress } from '@/lib/model/file-job-results';

/*
 * Background → extension pages and tabs. On the wire: `{ notice, payload }`.
 * Each notice has a check its receiver runs before believing it, like a
 * request's schema — written out here rather than with the schema library,
 * because the content script and the popup's first paint carry these and
 * must stay small.
 */

export interface NoticeMap {
  /** A ZIP being prepared: to the popup (broadcast) or to the tab that asked. */
  'file-jobs:progress': ZipProgress;
  /** Something the person should read on the page, e.g. the outcome of a context-menu action. */
  'conversation-panel:notice': { tone: 'status' | 'alert'; text: string };
  /** The walk of the whole workspace: to extension pages (broadcast). */
  'workspace-index:status': IndexStatus;
  /** Files were saved: open popups read the saved set again (broadcast). */
  'file-jobs:saved': Record<string, never>;
  /** Artifacts arrived since the person last looked: an open popup shows them as new (broadcast). */
  'new-artifacts:arrived': Record<string, never>;
}

export type NoticeType = keyof NoticeMap;
export type NoticeOf<K extends NoticeType> = NoticeMap[K];

type Fields = Record<string, unknown>;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const hasExactly = (value: unknown, keys: readonly string[]): value is Fields =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length === keys.length &&
  keys.every((key) => Object.hasOwn(value, key));

export const isFileJobProgress = (p: unknown): p is ZipProgress =>
  hasExactly(p, ['done', 'total', 'failed']) && isCount(p.done) && isCount(p.total) && isCount(p.failed);
const isEmpty = (p: unknown): p is Record<string, never> => hasExactly(p, []);
export const isPanelNotice = (p: unknown): p is NoticeMap['conversation-panel:notice'] =>
  hasExactly(p, ['tone', 'text']) &&
  (p.tone === 'status' || p.tone === 'alert') &&
  typeof p.text === 'string' &&
  p.text.length <= 2000;
const isUnlisted = (u: unknown): boolean =>
  hasExactly(u, ['artifacts', 'conversations', 'unreached']) &&
  isCount(u.artifacts) &&
  isCount(u.conversations) &&
  isCount(u.unreached);
export const isIndexStatus = (p: unknown): p is IndexStatus =>
  (hasExactly(p, ['state', 'done', 'total', 'published', 'unlisted']) ||
    (hasExactly(p, ['state', 'done', 'total', 'published', 'unlisted', 'words']) &&
      typeof p.words === 'string' &&
      p.words.length <= 2000)) &&
  ['indexing', 'done', 'paused', 'failed'].includes(p.state as string) &&
  isCount(p.done) &&
  (p.total === null || isCount(p.total)) &&
  isCount(p.published) &&
  isUnlisted(p.unlisted);

export type NoticeChecks<K extends NoticeType> = { [P in K]: (payload: unknown) => payload is NoticeMap[P] };

/** Every notice's check, for pages that may hear any of them. */
export const noticeChecks: NoticeChecks<NoticeType> = {
  'file-jobs:progress': isFileJobProgress,
  'conversation-panel:notice': isPanelNotice,
  'workspace-index:status': isIndexStatus,
  'file-jobs:saved': isEmpty,
  'new-artifacts:arrived': isEmpty,
};
