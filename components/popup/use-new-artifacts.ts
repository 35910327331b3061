import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@/lib/model/account';
import { listenForNotices } from '@/lib/messaging/notices';
import { sendMessage } from '@/lib/messaging/send-message';

/**
 * What arrived since the person last looked: opening the popup takes it
 * (the badge clears), and the rows stay marked "New" while the popup is
 * open — also those that arrive meanwhile. A popup left open in a tab the
 * person is not looking at takes nothing until they look at it again.
 */
export function useNewArtifacts(account: Account | null): ReadonlySet<string> {
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!account) return;
    const take = () => {
      if (document.visibilityState !== 'visible') return;
      void sendMessage('new-artifacts:take', {}).then((reply) => {
        if (reply.ok && reply.data.artifactIds.length > 0)
          setNewIds((shown) => new Set([...shown, ...reply.data.artifactIds]));
      });
    };
    take();
    document.addEventListener('visibilitychange', take);
    const stop = listenForNotices({ 'new-artifacts:arrived': take });
    return () => {
      stop();
      document.removeEventListener('visibilitychange', take);
    };
  }, [account]);
  return newIds;
}
