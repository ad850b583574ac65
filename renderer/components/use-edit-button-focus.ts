import { useEffect, useRef } from 'react';

/**
 * For an item that turns into its edit form: back from editing (saved or not), the worker
 * continues where they were, on the item's Edit button. Returns the ref for that button.
 */
export function useEditButtonFocus(editing: boolean) {
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  useEffect(() => {
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return editRef;
}
