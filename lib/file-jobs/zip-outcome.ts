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
  return { tone: 'alert', text: `${outcome.text} ${listGapWords(result.unlisted)} _errors.txt inside says so.` };
}

function fetchedOutcome({ fileName, count, failed }: ZipResult): { tone: 'status' | 'alert'; text: string } {
  const saved = `ZIP saved to your downloads: ${fileName}`;
  if (failed === 0) return { tone: 'status', text: `${saved} with ${count} artifact${count === 1 ? '' : 's'}.` };
  if (failed >= count)
    return {
      tone: 'alert',
      text: `${saved}, but none of the ${count} files could be downloaded; _errors.txt inside says why.`,
    };
  return {
    tone: 'status',
    text: `${saved} with ${count - failed} of ${count} artifacts. ${failed} could not be downloaded; _errors.txt inside lists ${failed === 1 ? 'it' : 'them'}.`,
  };
}

/** The popup's words for a ZIP request's reply: what was saved, or why not. */
export function zipReplyOutcome(reply: Reply<ZipResult>): { tone: 'status' | 'alert'; text: string } {
  return reply.ok ? zipOutcome(reply.data) : { tone: 'alert', text: `Could not make the ZIP. ${wordsOf(reply.error)}` };
}
