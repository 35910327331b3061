import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import './notices.css';
import type { Notice } from './use-artifact-actions';
import { t } from '@/lib/i18n/messages';
import { CloseIcon } from './icons';
import { isolate } from './isolate-data';

/** How long an outcome ("Saved …") stays; errors stay until closed. */
export const NOTICE_MS = 6000;

/**
 * Outcome of the last action: a polite status that goes away by itself, or an
 * alert (announced at once) that stays until closed. Two lines at most; the
 * whole text is in the tooltip and read out in full.
 */
export function Notices({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  // The timer is the notice's: a parent's re-render (a new onDismiss) must not start it again.
  const dismiss = useRef(onDismiss);
  useLayoutEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    if (!notice || notice.tone !== 'status' || notice.lasting) return;
    const timer = setTimeout(() => dismiss.current(), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div class="notices">
      <div role="status" aria-live="polite">
        {notice?.tone === 'status' ? (
          <p class="notice info">
            <span class="notice-text" title={notice.text}>
              {isolate(notice.text, notice.data)}
            </span>
          </p>
        ) : null}
      </div>
      <div role="alert">
        {notice?.tone === 'alert' ? (
          <p class="notice error">
            <span class="notice-text" title={notice.text}>
              {isolate(notice.text, notice.data)}
            </span>
            <button
              type="button"
              class="icon-button small"
              aria-label={t('popup_dismiss')}
              title={t('popup_dismiss')}
              onClick={onDismiss}
            >
              <CloseIcon />
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
