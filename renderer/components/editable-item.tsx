import type { ReactNode, RefObject } from 'react';

interface EditingItemProps {
  /** The item's own class; the editing look adds `<className>-editing`. */
  className: string;
  headingId: string;
  title: string;
  /** The edit form, labelled by `headingId`. */
  children: ReactNode;
}

/** A list item replaced by its edit form, still an article named by its heading. */
export function EditingItem({ className, headingId, title, children }: EditingItemProps) {
  return (
    <article className={`${className} ${className}-editing`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </article>
  );
}

interface ItemActionsProps {
  /** From `useEditButtonFocus`: focus comes back here after editing. */
  editRef: RefObject<HTMLButtonElement | null>;
  editLabel: string;
  removeLabel: string;
  onEdit: () => void;
  /** Asks first (a confirm dialog); removing cannot be undone. */
  onRemove: () => void;
}

/** An item's Edit button and its removal, styled as the risky one. */
export function ItemActions({ editRef, editLabel, removeLabel, onEdit, onRemove }: ItemActionsProps) {
  return (
    <div className="button-row">
      <button ref={editRef} type="button" className="button button-secondary" onClick={onEdit}>
        {editLabel}
      </button>
      <button type="button" className="button button-secondary button-danger-outline" onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
}
