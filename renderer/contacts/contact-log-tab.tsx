import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, ContactType } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ListStatus } from '../components/list-status';
import { useEditableList } from '../components/use-editable-list';
import { useFocusRequest } from '../components/use-focus-request';
import { useReloadWhen } from '../components/use-reload-when';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { ContactEntry } from './contact-entry';
import { ContactForm } from './contact-form';
import { contactTypes, isContactType } from './contact-types';

interface ContactLogTabProps {
  clientId: string;
  /** Moves on after any change on the client page; the log reloads. */
  revision: number;
  onChanged: () => void;
  /** Each new value puts the worker in the quick-entry form. */
  focusRequest: number;
}

/** The quick-entry form on top, the timeline (newest first, filterable by type) below. */
export function ContactLogTab({ clientId, revision, onChanged, focusRequest }: ContactLogTabProps) {
  const { t, i18n } = useTranslation('contacts');
  const api = useApi();
  const language = currentLanguage(i18n);
  const formTitleId = useId();
  const timelineTitleId = useId();
  const filterId = useId();
  // After a delete the entry (and its button) is gone: continue at the timeline's heading.
  const [timelineHeadingRef, focusTimeline] = useFocusRequest<HTMLHeadingElement>();
  const [filter, setFilter] = useState<ContactType | ''>('');
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());

  const list = useCall('contacts.list', filter === '' ? { clientId } : { clientId, type: filter });
  useReloadWhen(revision, list.reload);
  const editable = useEditableList<Contact>({
    onChanged,
    remove: (contact) => api.call('contacts.delete', { clientId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt }),
    removedMessage: t('entry.deleted'),
    onRemoved: (contact) => {
      setRemoved((previous) => new Set([...previous, contact.id]));
      focusTimeline();
    },
  });
  const { removing } = editable;

  const contacts = (list.value ?? []).filter((contact) => !removed.has(contact.id));

  const typeLabel = (type: ContactType) => t(`types.${type}`);

  return (
    <>
      <div className="card">
        <h2 id={formTitleId}>{t('form.newTitle')}</h2>
        <ContactForm clientId={clientId} labelledBy={formTitleId} onSaved={() => onChanged()} focusRequest={focusRequest} />
      </div>

      <section aria-labelledby={timelineTitleId} className="timeline">
        <div className="timeline-header">
          <h2 id={timelineTitleId} ref={timelineHeadingRef} tabIndex={-1}>
            {t('timeline.title')}
          </h2>
          <div className="field field-inline">
            <label htmlFor={filterId}>{t('timeline.filter')}</label>
            <select
              id={filterId}
              className="input"
              value={filter}
              onChange={(event) => setFilter(isContactType(event.target.value) ? event.target.value : '')}
            >
              <option value="">{t('timeline.allTypes')}</option>
              {contactTypes.map((type) => (
                <option key={type} value={type}>
                  {typeLabel(type)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ListStatus message={editable.message} failure={editable.failure} list={list} loadingLabel={t('timeline.loading')} />
        {list.value !== undefined && contacts.length === 0 && (
          <p className="empty-note">{filter === '' ? t('timeline.empty') : t('timeline.emptyFiltered', { type: typeLabel(filter) })}</p>
        )}
        {contacts.length > 0 && (
          <ol className="contact-list" aria-labelledby={timelineTitleId} aria-busy={list.status === 'loading'}>
            {contacts.map((contact) => (
              <li key={contact.id}>
                <ContactEntry
                  clientId={clientId}
                  contact={contact}
                  {...editable.editProps(contact)}
                  onDelete={() => editable.askRemove(contact)}
                  onChanged={onChanged}
                  onMessage={editable.setMessage}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      {removing && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { type: typeLabel(removing.type), when: formatDateTime(removing.at, language) })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onConfirm={() => void editable.confirmRemove(removing)}
          onCancel={editable.keep}
        />
      )}
    </>
  );
}
