import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../main/api/api-types';
import { EditingItem, ItemActions } from '../components/editable-item';
import { useEditButtonFocus } from '../components/use-edit-button-focus';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { AgreementCheck } from './agreement-check';
import { ContactForm } from './contact-form';

interface ContactEntryProps {
  clientId: string;
  contact: Contact;
  editing: boolean;
  onEdit: () => void;
  onEditDone: (message?: string) => void;
  onDelete: () => void;
  /** Something about this contact changed (saved, ticked): reload what shows it. */
  onChanged: () => void;
  onMessage: (message: string) => void;
}

/** "Vastgelegd door Maria op …; laatst gewijzigd door …": who is answerable for the entry. */
function AuditLine({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation('contacts');
  const language = currentLanguage(i18n);
  const created = formatDateTime(contact.createdAt, language);
  const changed = formatDateTime(contact.updatedAt, language);
  return (
    <p className="contact-audit">
      {contact.createdBy === ''
        ? t('entry.loggedAt', { when: created })
        : t('entry.loggedBy', { name: contact.createdBy, when: created })}
      {contact.updatedAt !== contact.createdAt && (
        <>
          <br />
          {contact.updatedBy === ''
            ? t('entry.changedAt', { when: changed })
            : t('entry.changedBy', { name: contact.updatedBy, when: changed })}
        </>
      )}
    </p>
  );
}

/** One contact in the timeline, or the form that corrects it. */
export function ContactEntry({ clientId, contact, editing, onEdit, onEditDone, onDelete, onChanged, onMessage }: ContactEntryProps) {
  const { t, i18n } = useTranslation('contacts');
  const language = currentLanguage(i18n);
  const headingId = useId();
  const editRef = useEditButtonFocus(editing);

  const when = formatDateTime(contact.at, language);
  const meta = [
    contact.durationMinutes === undefined ? undefined : t('entry.duration', { count: contact.durationMinutes }),
    contact.present === undefined ? undefined : t('entry.present', { present: contact.present }),
  ].filter((part): part is string => part !== undefined);

  if (editing) {
    return (
      <EditingItem className="contact-entry" headingId={headingId} title={t('form.editTitle')}>
        <ContactForm
          key={contact.updatedAt}
          clientId={clientId}
          contact={contact}
          onSaved={(_saved, message) => onEditDone(message)}
          onCancel={() => onEditDone()}
          onReload={onChanged}
          focusRequest={1}
          labelledBy={headingId}
        />
      </EditingItem>
    );
  }

  return (
    <article className="contact-entry" aria-labelledby={headingId}>
      <h3 id={headingId} className="contact-heading">
        <time dateTime={contact.at}>{when}</time> – {t(`types.${contact.type}`)}
      </h3>
      {meta.length > 0 && <p className="contact-meta">{meta.join(' · ')}</p>}
      {contact.summary.trim() === '' ? (
        <p className="contact-summary muted">{t('entry.noSummary')}</p>
      ) : (
        <p className="contact-summary">{contact.summary}</p>
      )}
      {contact.agreements.length > 0 && (
        <div className="contact-agreements">
          <h4>{t('agreements.title')}</h4>
          <ul className="agreement-list">
            {contact.agreements.map((agreement) => (
              <AgreementCheck
                key={agreement.id}
                clientId={clientId}
                contactId={contact.id}
                agreement={agreement}
                onSaved={onChanged}
                onMessage={onMessage}
              />
            ))}
          </ul>
        </div>
      )}
      <div className="contact-footer">
        <AuditLine contact={contact} />
        <ItemActions editRef={editRef} editLabel={t('entry.edit')} removeLabel={t('entry.delete')} onEdit={onEdit} onRemove={onDelete} />
      </div>
    </article>
  );
}
