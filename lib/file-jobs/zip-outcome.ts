import { plural, t } from '@/lib/i18n/messages';
import type { ZipResult } from '@/lib/model/file-job-results';
import { wordsOf, type Reply } from '@/lib/messaging/errors';
import { listGapWords } from '@/lib/model/list-gap';

/**
 * What a saved ZIP holds, in plain words — truthful when files are missing:
 * the popup, the page panel and the context menu all say it this way.
 */
export function zipOutcome(result: ZipResult): { tone: 'status' | 'alert'; text: string } {
  const outcome = fetchedOutcome(result);
  if (!result.unlisted) return outcome;
  // Not all of the conversation, however well the files it has went: an alert.
  return { tone: 'alert', text: t('zip_unlistedOutcome', outcome.text, listGapWords(result.unlisted)) };
}

function fetchedOutcome({ fileName, count, failed }: ZipResult): { tone: 'status' | 'alert'; text: string } {
  if (failed === 0) return { tone: 'status', text: plural('zip_savedAll', count, fileName) };
  if (failed >= count) return { tone: 'alert', text: plural('zip_savedNone', count, fileName) };
  return { tone: 'status', text: plural('zip_savedSome', failed, fileName, count - failed, count) };
}

/** The popup's words for a ZIP request's reply: what was saved, or why not. */
export function zipReplyOutcome(reply: Reply<ZipResult>): { tone: 'status' | 'alert'; text: string } {
  return reply.ok ? zipOutcome(reply.data) : { tone: 'alert', text: t('zip_failed', wordsOf(reply.error)) };
}
