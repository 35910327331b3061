import { t, plural } from '@/lib/i18n/messages';
import { describeError } from '@/lib/messaging/error-words';
import { knownErrorInfo } from '@/lib/messaging/errors';
import { readNotificationPreferences } from '../notification-preferences';
import { isPopupShowing } from './popup-presence';
import { showNotification } from './show-notification';

/** A job started without a popup (the page panel, the context menu, a shortcut) counts as long past this. */
const LONG_JOB_MS = 10_000;

/** Who asked for a job: the popup (it shows the outcome while open), or a page, menu or shortcut. */
export type JobAsker = 'popup' | 'elsewhere';

interface JobWatch {
  /** The job's file is complete in Downloads. `missing`: a ZIP's files that could not be fetched. */
  saved(fileName: string, downloadId: number, missing: number): void;
  failed(fileName: string, error: unknown): void;
}

/**
 * Watches one download or ZIP: when it ends and no popup is in view to say
 * so — the popup that asked for it was closed (or left in a background tab),
 * or it ran long — a notification says how it ended (if the person wants
 * those, options → Notifications).
 */
export function watchJob(askedBy: JobAsker, now: () => number = Date.now): JobWatch {
  const startedAt = now();
  const tell = async (...args: Parameters<typeof showNotification>) => {
    const long = now() - startedAt >= LONG_JOB_MS;
    const [showing, { jobs }] = await Promise.all([isPopupShowing().catch(() => false), readNotificationPreferences()]);
    if (jobs && !showing && (askedBy === 'popup' || long)) await showNotification(...args);
  };
  return {
    saved(fileName, downloadId, missing) {
      const message =
        missing > 0 ? t('notify_savedMissing', fileName, plural('notify_missingFiles', missing)) : fileName;
      void tell({ kind: 'saved', downloadId }, t('notify_savedTitle'), message);
    },
    failed(fileName, error) {
      const info = knownErrorInfo(error);
      if (info?.kind === 'signed_out' || info?.kind === 'download_cancelled') return;
      const reason = describeError(info ?? { kind: 'internal', message: t('menu_internalError') });
      void tell({ kind: 'failed' }, t('notify_failedTitle'), t('notify_failedMessage', fileName, reason));
    },
  };
}
