import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { FormActions } from '../components/form-actions';
import { toLocalInputValue } from '../components/local-date-time';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { submitOnCtrlEnter } from '../components/submit-shortcut';
import { useEntityForm } from '../components/use-entity-form';
import { translateKey } from '../i18n/error-message';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { AgreementRows } from './agreement-rows';
import {
  errorsFromContactIssues,
  newContactValues,
  toContactInput,
  valuesFromContact,
  type ContactValues,
} from './contact-form-values';
import { ContactTypeSelect } from './contact-type-select';
import { rememberContactType, rememberedContactType } from './contact-types';

interface ContactFormProps {
  clientId: string;
  /** The contact being corrected; absent for a new one. */
  contact?: Contact | undefined;
  /** After a save; `message` is what the worker was told. */
  onSaved: (contact: Contact, message: string) => void;
  /** Edit only: close the form without saving. */
  onCancel?: (() => void) | undefined;
  /** Edit only: fetch the latest version after a conflict. */
  onReload?: (() => void) | undefined;
  /** Each new value moves focus to the form's first field (e.g. "Contact vastleggen" elsewhere). */
  focusRequest?: number | undefined;
  /** The id of the heading that names the form; without it the form names itself. */
  labelledBy?: string | undefined;
}

/**
 * Logging a contact with the keyboard in a few seconds: the time is already now, the type is the
 * one used last, Ctrl+Enter saves from any field, and the form is empty and focused again for the
 * next one. The same form corrects a logged contact in place.
 */
export function ContactForm({ clientId, contact, onSaved, onCancel, onReload, focusRequest, labelledBy }: ContactFormProps) {
  const { t, i18n } = useTranslation('contacts');
  const api = useApi();
  const idPrefix = useId();
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<ContactValues>(() =>
    contact ? valuesFromContact(contact) : newContactValues(rememberedContactType()),
  );
  const [atTouched, setAtTouched] = useState(contact !== undefined);
  /** What the last save of a new contact said; it stays until the next attempt. */
  const [savedMessage, setSavedMessage] = useState('');

  const form = useEntityForm({
    check: () => toContactInput(values),
    save: ({ fields }) =>
      contact
        ? api.call('contacts.update', { clientId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt, fields })
        : api.call('contacts.create', { clientId, fields }),
    onSaved: (saved) => {
      const when = formatDateTime(saved.at, currentLanguage(i18n));
      const message = contact ? t('form.updated', { when }) : t('form.saved', { when });
      if (!contact) {
        rememberContactType(saved.type);
        setValues(newContactValues(saved.type));
        setAtTouched(false);
        setSavedMessage(message);
        firstFieldRef.current?.focus();
      }
      onSaved(saved, message);
    },
    placeIssues: (issues, { sentRows }) => errorsFromContactIssues(issues, sentRows).errors,
    readyAfterSave: true,
  });
  const { formRef, errors, failure, saving } = form;
  const status = saving ? t('form.saving') : savedMessage;

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    setSavedMessage('');
    return form.submit(event);
  };

  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const errorText = (key: string) => {
    const messageKey = errors[key];
    return messageKey === undefined ? undefined : translateKey(i18n, messageKey, 'validation.invalid');
  };

  useEffect(() => {
    if (focusRequest !== undefined && focusRequest > 0) firstFieldRef.current?.focus();
  }, [focusRequest]);

  const set = <K extends keyof ContactValues>(key: K, value: ContactValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'at' | 'duration' | 'present' | 'summary') => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (key === 'at') setAtTouched(true);
    set(key, event.target.value);
  };

  /** "Now" stays now while the form waits: until the worker sets a time, coming back refreshes it. */
  const refreshNow = () => {
    if (!atTouched && !saving) {
      const now = toLocalInputValue(new Date());
      if (now !== values.at) set('at', now);
    }
  };

  return (
    <form
      ref={formRef}
      className="contact-form"
      noValidate
      aria-busy={saving}
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? (contact ? t('form.editTitle') : t('form.newTitle')) : undefined}
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(submit)}
      onFocus={contact ? undefined : refreshNow}
    >
      {failure !== undefined && (
        <SaveFailureAlert
          failure={failure}
          heading="h3"
          notSavedTitle={t('form.notSavedTitle')}
          conflictTitle={t('form.conflictTitle')}
          reloadLabel={t('form.reload')}
          onReload={onReload}
        />
      )}
      <div className="contact-form-grid">
        <FormRow id={fieldId('at')} label={t('form.at')} required error={errorText('at')}>
          {(control) => (
            <input {...control} ref={firstFieldRef} className="input" type="datetime-local" value={values.at} onChange={text('at')} />
          )}
        </FormRow>
        <FormRow id={fieldId('type')} label={t('form.type')} required error={errorText('type')}>
          {(control) => <ContactTypeSelect control={control} value={values.type} onChange={(type) => set('type', type)} />}
        </FormRow>
        <FormRow id={fieldId('durationMinutes')} label={t('form.duration')} error={errorText('durationMinutes')}>
          {(control) => (
            <input
              {...control}
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              step={1}
              value={values.duration}
              onChange={text('duration')}
            />
          )}
        </FormRow>
        <FormRow id={fieldId('present')} label={t('form.present')} hint={t('form.presentHint')} error={errorText('present')}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" maxLength={500} value={values.present} onChange={text('present')} />
          )}
        </FormRow>
        <FormRow id={fieldId('summary')} label={t('form.summary')} error={errorText('summary')}>
          {(control) => (
            <textarea {...control} className="input contact-summary-input" rows={5} maxLength={20_000} value={values.summary} onChange={text('summary')} />
          )}
        </FormRow>
      </div>
      <AgreementRows
        idPrefix={idPrefix}
        rows={values.agreements}
        onChange={(agreements) => set('agreements', agreements)}
        errorText={errorText}
      />
      <FormActions saving={saving} saveLabel={t('form.save')} cancelLabel={t('form.cancel')} onCancel={onCancel}>
        <p className="form-note shortcut-note">{t('form.shortcut')}</p>
      </FormActions>
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
