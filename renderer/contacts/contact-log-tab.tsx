import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, ContactType } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorAlert } from '../components/error-alert';
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
  const timelineHeadingRef = useRef<HTMLHeadingElement>(null);
  const [filter, setFilter] = useState<ContactType | ''>('');
  const [editingId, setEditingId] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<Contact | undefined>();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [focusTimeline, setFocusTimeline] = useState(0);

  const list = useCall('contacts.list', filter === '' ? { clientId } : { clientId, type: filter });
  useReloadWhen(revision, list.reload);

  // After a delete the entry (and its button) is gone: continue at the timeline's heading.
  useEffect(() => {
    if (focusTimeline > 0) timelineHeadingRef.current?.focus();
  }, [focusTimeline]);

  const contacts = (list.value ?? []).filter((contact) => !removed.has(contact.id));

  const confirmDelete = async (contact: Contact) => {
    setDeleting(undefined);
    setFailure(undefined);
    try {
      await api.call('contacts.delete', { clientId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt });
      setRemoved((previous) => new Set([...previous, contact.id]));
      setMessage(t('entry.deleted'));
      setFocusTimeline((n) => n + 1);
    } catch (caught) {
      setFailure(toApiCallError(caught));
    }
    onChanged();
  };

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
        <p className="form-status" role="status" aria-live="polite">
          {message}
        </p>
        {failure && <ErrorAlert error={failure} />}
        {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
        {list.value === undefined && list.status === 'loading' && <p className="muted">{t('timeline.loading')}</p>}
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
                  editing={editingId === contact.id}
                  onEdit={() => {
                    setMessage('');
                    setEditingId(contact.id);
                  }}
                  onEditDone={(saved) => {
                    setEditingId(undefined);
                    if (saved !== undefined) {
                      setMessage(saved);
                      onChanged();
                    }
                  }}
                  onDelete={() => setDeleting(contact)}
                  onChanged={onChanged}
                  onMessage={setMessage}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      {deleting && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { type: typeLabel(deleting.type), when: formatDateTime(deleting.at, language) })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </>
  );
}
