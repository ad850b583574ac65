import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { focusableIn, keepFocusInside } from './focus-trap';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Where focus starts; the first field or button otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  /** `alertdialog` for a question that interrupts the work (a confirmation); `dialog` otherwise. */
  role?: 'dialog' | 'alertdialog';
  /** The id of the text that says what is being asked. */
  describedBy?: string;
}

/**
 * A modal with its own content (a small form, or `ConfirmDialog`'s question): focus moves in and
 * stays in, Escape closes, and focus goes back to the control that opened it.
 */
export function Dialog({ title, onClose, children, initialFocus, className, role = 'dialog', describedBy }: DialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const start = initialFocus?.current ?? (dialogRef.current ? focusableIn(dialogRef.current)[0] : undefined);
    start?.focus();
    return () => previous?.focus();
    // Only on opening: later renders must not pull focus back to the start.
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    keepFocusInside(event, dialogRef.current);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className={className === undefined ? 'dialog card' : `dialog card ${className}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
