import { useId, useRef } from 'react';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A small modal question. Focus starts on the safe choice (cancel), so a hurried Enter changes
 * nothing; Escape cancels. Focus handling is the `Dialog`'s.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog" describedBy={bodyId} initialFocus={cancelRef}>
      <p id={bodyId}>{body}</p>
      <div className="button-row">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
