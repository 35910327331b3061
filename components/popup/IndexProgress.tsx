import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IndexStatus } from '@/lib/model/index-status';
import { sendMessage } from '@/lib/messaging/send-message';
import { plural, t } from '@/lib/i18n/messages';
import './notices.css';

/*
 * The walk through every conversation that finds artifacts older than HQ's
 * newest 500: how far it is, and Pause / Resume / Retry. Screen readers hear
 * when it starts, stops or fails, not every count.
 */

/** How far the walk is, in one of each state's sentences: before the first conversation there is nothing to count. */
function howFar(status: IndexStatus, state: 'Finding' | 'Paused'): string {
  const finding = state === 'Finding';
  if (status.total !== null)
    return plural(finding ? 'popup_indexFindingOf' : 'popup_indexPausedOf', status.total, status.done);
  if (status.done > 0) return plural(finding ? 'popup_indexFindingCount' : 'popup_indexPausedCount', status.done);
  return t(finding ? 'popup_indexFinding' : 'popup_indexPaused');
}

/** A finished walk whose lists came up short of HQ's own counts: said, never hidden. */
function unlistedText({ artifacts, conversations, unreached }: IndexStatus['unlisted']): string {
  const sentences = [
    ...(artifacts > 0
      ? [plural('popup_indexUnlisted', artifacts, plural('popup_indexUnlistedConversations', conversations))]
      : []),
    ...(unreached > 0 ? [plural('popup_indexUnreached', unreached)] : []),
    t('popup_indexAsksAgain'),
  ];
  return sentences.reduce((first, next) => t('popup_joinSentences', first, next));
}

/** What to say of the walk, and the button that goes with it; null when there is nothing to say. */
function describe(status: IndexStatus | null): { text: string; action: string; request: WalkRequest } | null {
  if (!status || (status.state === 'done' && status.unlisted.artifacts === 0 && status.unlisted.unreached === 0))
    return null;
  if (status.state === 'done')
    return { text: unlistedText(status.unlisted), action: t('popup_retry'), request: 'workspace-index:resume' };
  if (status.state === 'indexing')
    return { text: howFar(status, 'Finding'), action: t('popup_indexPause'), request: 'workspace-index:pause' };
  if (status.state === 'paused')
    return {
      // Paused before the first conversation: nothing to count, even when the total is known.
      text: status.done > 0 ? howFar(status, 'Paused') : t('popup_indexPaused'),
      action: t('popup_indexResume'),
      request: 'workspace-index:resume',
    };
  return {
    text: status.words ? t('popup_indexFailed', status.words) : t('popup_indexFailedUnreachable'),
    action: t('popup_retry'),
    request: 'workspace-index:resume',
  };
}

type WalkRequest = 'workspace-index:pause' | 'workspace-index:resume';

/**
 * Below the list. Once shown, its place stays (empty when the walk is done)
 * for as long as the popup is open: the list never grows back under the
 * pointer, which at the end of a scrolled list would move every row down.
 */
export function IndexProgress({ status }: { status: IndexStatus | null }) {
  const said = describe(status);
  const slot = useRef<HTMLDivElement>(null);
  const [reserved, setReserved] = useState(0);
  const showing = !!said;
  // The tallest it has been while it said something is what it keeps — measured whenever its box changes
  // (new words, a wrap, the button), not only when its words do.
  useLayoutEffect(() => {
    const element = slot.current;
    if (!element || !showing) return;
    const measure = () => setReserved((tallest) => Math.max(tallest, element.offsetHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [showing]);
  if (!said && reserved === 0) return null;
  const style = reserved > 0 ? { minHeight: `${reserved}px` } : undefined;
  if (!said) return <div ref={slot} class="index-progress" style={style} aria-hidden="true" />;
  const warn = status!.state === 'failed' || status!.state === 'done';
  return (
    <div ref={slot} class={`index-progress${warn ? ' warn' : ''}`} style={style}>
      <span class="visually-hidden" role="status">
        {status!.state === 'indexing' ? t('popup_indexFindingStatus') : said.text}
      </span>
      <span aria-hidden={status!.state === 'indexing' ? undefined : 'true'}>{said.text}</span>
      <button type="button" class="button small" onClick={() => void sendMessage(said.request, {})}>
        {said.action}
      </button>
    </div>
  );
}
