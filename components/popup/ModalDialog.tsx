import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import './dialogs.css';

interface Props {
  labelledBy: string;
  className?: string;
  onClose(): void;
  onKeyDown?(event: KeyboardEvent): void;
  children: ComponentChildren;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A native modal <dialog>: the rest of the page is inert and Escape closes
 * it. Tab and Shift+Tab wrap around inside it (a native modal lets Tab leave
 * for the browser's own toolbar), and focus goes back to whatever opened it.
 */
export function ModalDialog({ labelledBy, className, onClose, onKeyDown, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    // A click into a sandboxed preview moves focus into a frame that runs no
    // script, so Escape and the arrow keys would go nowhere: take focus back.
    const onBlur = () =>
      setTimeout(() => {
        if (document.activeElement instanceof HTMLIFrameElement && dialog.contains(document.activeElement))
          dialog.focus();
      });
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('blur', onBlur);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      class={className}
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Tab') keepFocusInside(event, ref.current!);
        else onKeyDown?.(event);
      }}
    >
      {children}
    </dialog>
  );
}

function keepFocusInside(event: KeyboardEvent, dialog: HTMLDialogElement): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.offsetParent !== null,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return event.preventDefault();
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || active === dialog)) {
    event.preventDefault();
    first.focus();
  }
}
