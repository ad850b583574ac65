import type { ReactNode } from 'react';

interface FormActionsProps {
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  /** Without it there is no cancel button (the quick-entry contact form stays open). */
  onCancel?: (() => void) | undefined;
  /** Said in the row's status while saving; left out where the form reports its status elsewhere. */
  savingLabel?: string | undefined;
  /** Anything after the buttons, e.g. a note on the keyboard shortcut. */
  children?: ReactNode;
}

/** A form's Save and Cancel. Save is disabled while saving, so one press saves once. */
export function FormActions({ saving, saveLabel, cancelLabel, onCancel, savingLabel, children }: FormActionsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button button-primary" disabled={saving}>
        {saveLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
      {children}
      {savingLabel !== undefined && (
        <p className="form-status" role="status">
          {saving ? savingLabel : ''}
        </p>
      )}
    </div>
  );
}
