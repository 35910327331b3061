import type { Notice } from './use-artifact-actions';

/** Outcome of the last action: a polite status, or an alert screen readers announce at once. */
export function Notices({ notice }: { notice: Notice }) {
  return (
    <div class="notices">
      <div role="status" aria-live="polite">{notice?.tone === 'status' ? <p class="notice info">{notice.text}</p> : null}</div>
      <div role="alert">{notice?.tone === 'alert' ? <p class="notice error">{notice.text}</p> : null}</div>
    </div>
  );
}
