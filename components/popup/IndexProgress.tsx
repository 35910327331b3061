import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IndexStatus } from '@/lib/model/index-status';
import { sendMessage } from '@/lib/messaging/send-message';
import './notices.css';

/** How far the walk is; before the first conversation is looked at there is nothing worth counting. */
function counted(status: IndexStatus): string {
  if (status.total !== null) return `${status.done} of ${status.total} conversations`;
  return status.done === 0 ? '' : `${status.done} conversations`;
}

/**
 * The walk through every conversation that finds artifacts older than HQ's
 * newest 500: how far it is, and Pause / Resume / Retry. Screen readers hear
 * when it starts, stops or fails, not every count.
 */
const conversationsWord = (n: number) => (n === 1 ? '1 conversation' : `${n} conversations`);

/** A finished walk whose lists came up short of HQ's own counts: said, never hidden. */
function unlistedText({ artifacts, conversations, unreached }: IndexStatus['unlisted']): string {
  const parts = [
    ...(artifacts > 0
      ? [
          `HQ counts ${artifacts} artifact${artifacts === 1 ? '' : 's'} in ${conversationsWord(conversations)} that its lists did not give, so they are not shown.`,
        ]
      : []),
    ...(unreached > 0
      ? [`HQ counts ${conversationsWord(unreached)} its list would not reach; their older artifacts may be missing.`]
      : []),
  ];
  return `${parts.join(' ')} The extension asks again on the next refresh.`;
}

/** What to say of the walk, and the button that goes with it; null when there is nothing to say. */
function describe(status: IndexStatus | null): { text: string; action: string; request: WalkRequest } | null {
  if (!status || (status.state === 'done' && status.unlisted.artifacts === 0 && status.unlisted.unreached === 0))
    return null;
  if (status.state === 'done')
    return { text: unlistedText(status.unlisted), action: 'Retry', request: 'workspace-index:resume' };
  if (status.state === 'indexing')
    return {
      text: `Finding older artifacts… ${counted(status)}`.trim(),
      action: 'Pause',
      request: 'workspace-index:pause',
    };
  if (status.state === 'paused')
    return {
      text: `Paused${status.done > 0 ? ` after ${counted(status)}` : ''}: older artifacts may be missing.`,
      action: 'Resume',
      request: 'workspace-index:resume',
    };
  return {
    text: `${status.words ?? 'Could not reach HQ.'} Older artifacts may be missing.`,
    action: 'Retry',
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
  const text = said?.text;
  // Whenever what it says changes: the tallest it has been is what it keeps.
  useLayoutEffect(() => {
    const height = slot.current?.offsetHeight ?? 0;
    if (text && height > reserved) setReserved(height);
  }, [text, reserved]);
  if (!said && reserved === 0) return null;
  const style = reserved > 0 ? { minHeight: `${reserved}px` } : undefined;
  if (!said) return <div ref={slot} class="index-progress" style={style} aria-hidden="true" />;
  const warn = status!.state === 'failed' || status!.state === 'done';
  return (
    <div ref={slot} class={`index-progress${warn ? ' warn' : ''}`} style={style}>
      <span class="visually-hidden" role="status">
        {status!.state === 'indexing' ? 'Finding older artifacts' : said.text}
      </span>
      <span aria-hidden={status!.state === 'indexing' ? undefined : 'true'}>{said.text}</span>
      <button type="button" class="button small" onClick={() => void sendMessage(said.request, {})}>
        {said.action}
      </button>
    </div>
  );
}
