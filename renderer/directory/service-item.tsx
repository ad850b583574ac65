import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceEntry } from '../../main/api/api-types';
import { EditingItem, ItemActions } from '../components/editable-item';
import { useEditButtonFocus } from '../components/use-edit-button-focus';
import { ServiceDetails } from './service-details';
import { ServiceForm } from './service-form';
import { useServiceWords } from './use-service-words';

interface ServiceItemProps {
  entry: ServiceEntry;
  editing: boolean;
  onEdit: () => void;
  onEditDone: (message?: string) => void;
  onDelete: () => void;
  /** After a conflict: load the directory again. */
  onReload: () => void;
}

/** One service in the directory, named by its heading; or the form that changes it. */
export function ServiceItem({ entry, editing, onEdit, onEditDone, onDelete, onReload }: ServiceItemProps) {
  const { t } = useTranslation('directory');
  const words = useServiceWords();
  const headingId = useId();
  const editRef = useEditButtonFocus(editing);

  if (editing) {
    return (
      <EditingItem className="service-item" headingId={headingId} title={t('form.editTitle', { name: entry.name })}>
        <ServiceForm
          key={entry.updatedAt}
          entry={entry}
          labelledBy={headingId}
          onSaved={(_saved, message) => onEditDone(message)}
          onCancel={() => onEditDone()}
          onReload={onReload}
        />
      </EditingItem>
    );
  }

  return (
    <article className="service-item" aria-labelledby={headingId} data-testid="service-entry">
      <h3 id={headingId} className="service-name">
        {entry.name}
      </h3>
      <p className="service-meta">{words.summary(entry)}</p>
      <ServiceDetails service={entry} />
      <ItemActions
        editRef={editRef}
        editLabel={t('item.edit')}
        removeLabel={t('item.delete')}
        onEdit={onEdit}
        onRemove={onDelete}
      />
    </article>
  );
}
