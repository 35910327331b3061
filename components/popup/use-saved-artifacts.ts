import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@/lib/model/account';
import { SAVED_RECORD, readIdSet } from '@/lib/list-store/list-cache';
import { listenForNotices } from '@/lib/messaging/notices';

/** The artifacts this account has saved here (for "Not downloaded yet"); null until read. Read again whenever a file is saved. */
export function useSavedArtifacts(account: Account | null): ReadonlySet<string> | null {
  const [saved, setSaved] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!account) return;
    let current = true;
    const read = () =>
      void readIdSet(account, SAVED_RECORD).then(
        (ids) => current && setSaved(ids),
        () => current && setSaved(new Set()),
      );
    read();
    const stop = listenForNotices({ 'file-jobs:saved': read });
    return () => {
      current = false;
      stop();
    };
  }, [account]);
  return saved;
}
