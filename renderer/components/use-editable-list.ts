import { useState } from 'react';
import { toApiCallError, type ApiCallError } from '../api/api-client';

interface EditableListOptions<Item> {
  /** Something in the list changed: reload what shows it. */
  onChanged: () => void;
  remove: (item: Item) => Promise<unknown>;
  removedMessage: string;
  /** After a removal went through, e.g. to say where focus continues. */
  onRemoved: (item: Item) => void;
}

/**
 * A client tab's list of items that are edited in place (one at a time) and removed after a
 * confirmation, with one live message for what just happened.
 */
export function useEditableList<Item extends { id: string }>({ onChanged, remove, removedMessage, onRemoved }: EditableListOptions<Item>) {
  const [editingId, setEditingId] = useState<string | undefined>();
  const [removing, setRemoving] = useState<Item | undefined>();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  /** What one item needs to be edited in place. */
  const editProps = (item: Item) => ({
    editing: editingId === item.id,
    onEdit: () => {
      setMessage('');
      setEditingId(item.id);
    },
    onEditDone: (saved?: string) => {
      setEditingId(undefined);
      if (saved !== undefined) {
        setMessage(saved);
        onChanged();
      }
    },
  });

  // The list reloads even after a refusal: it may have been refused because the item changed or went.
  const confirmRemove = async (item: Item) => {
    setRemoving(undefined);
    setFailure(undefined);
    try {
      await remove(item);
      onRemoved(item);
      setMessage(removedMessage);
    } catch (caught) {
      setFailure(toApiCallError(caught));
    }
    onChanged();
  };

  return {
    message,
    setMessage,
    failure,
    editProps,
    /** The item waiting for the worker to confirm its removal. */
    removing,
    askRemove: setRemoving,
    /** The worker chose to keep the item: close the question, nothing changes. */
    keep: () => setRemoving(undefined),
    confirmRemove,
  };
}
