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

export function IndexProgress({ status }: { status: IndexStatus | null }) {
  if (!status || (status.state === 'done' && status.unlisted.artifacts === 0 && status.unlisted.unreached === 0))
    return null;
  const [text, action, request] =
    status.state === 'done'
      ? [unlistedText(status.unlisted), 'Retry', 'workspace-index:resume' as const]
      : status.state === 'indexing'
        ? [`Finding older artifacts… ${counted(status)}`.trim(), 'Pause', 'workspace-index:pause' as const]
        : status.state === 'paused'
          ? [
              `Paused${status.done > 0 ? ` after ${counted(status)}` : ''}: older artifacts may be missing.`,
              'Resume',
              'workspace-index:resume' as const,
            ]
          : [
              `${status.words ?? 'Could not reach HQ.'} Older artifacts may be missing.`,
              'Retry',
              'workspace-index:resume' as const,
            ];
  return (
    <div class={`index-progress${status.state === 'failed' || status.state === 'done' ? ' warn' : ''}`}>
      <span class="visually-hidden" role="status">
        {status.state === 'indexing' ? 'Finding older artifacts' : text}
      </span>
      <span aria-hidden={status.state === 'indexing' ? undefined : 'true'}>{text}</span>
      <button type="button" class="button small" onClick={() => void sendMessage(request, {})}>
        {action}
      </button>
    </div>
  );
}
