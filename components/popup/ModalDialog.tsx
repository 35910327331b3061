import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props {
  labelledBy: string;
  className?: string;
  onClose(): void;
  onKeyDown?(event: KeyboardEvent): void;
  children: ComponentChildren;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the rest inert and
 * closes it on Escape. Focus goes back to whatever opened it.
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
        if (document.activeElement instanceof HTMLIFrameElement && dialog.contains(document.activeElement)) dialog.focus();
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
      onKeyDown={onKeyDown}
    >
      {children}
    </dialog>
  );
}
