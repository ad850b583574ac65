import { useState } from 'react';
import type { DocumentRequestInput } from '../../main/api/api-types';
import { DocumentDialog } from './document-dialog';

/**
 * A button that makes a PDF (letter, report, handout, summary) and opens the document dialog to
 * follow it. The request's language is the starting choice; the dialog lets the worker change it.
 * Focus returns here when the dialog closes (the Dialog remembers the opener).
 */
export function DocumentButton({
  request,
  label,
  primary = false,
  disabled = false,
}: {
  request: DocumentRequestInput;
  label: string;
  /** The page's main action (e.g. the report on the reports page); secondary elsewhere. */
  primary?: boolean;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button button-secondary'}
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && <DocumentDialog request={request} title={label} onClose={() => setOpen(false)} />}
    </>
  );
}
