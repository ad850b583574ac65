import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { toLocalInputValue } from '../components/local-date-time';
import { translateError, translateKey } from '../i18n/error-message';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { AgreementRows } from './agreement-rows';
import {
  errorsFromContactIssues,
  newContactValues,
  toContactInput,
  valuesFromContact,
  type ContactErrors,
  type ContactValues,
} from './contact-form-values';
import { contactTypes, isContactType, rememberContactType, rememberedContactType } from './contact-types';

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
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<ContactValues>(() =>
    contact ? valuesFromContact(contact) : newContactValues(rememberedContactType()),
  );
  const [atTouched, setAtTouched] = useState(contact !== undefined);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');

  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const errorText = (key: string) => {
    const messageKey = errors[key];
    return messageKey === undefined ? undefined : translateKey(i18n, messageKey, 'validation.invalid');
  };

  // A refused save puts the worker on the first field to fix.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

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

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(undefined);
    setStatus('');
    const input = toContactInput(values);
    if (!input.ok) {
      setErrors(input.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    setStatus(t('form.saving'));
    try {
      const saved = contact
        ? await api.call('contacts.update', { clientId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt, fields: input.fields })
        : await api.call('contacts.create', { clientId, fields: input.fields });
      const when = formatDateTime(saved.at, currentLanguage(i18n));
      const message = contact ? t('form.updated', { when }) : t('form.saved', { when });
      setSaving(false);
      if (!contact) {
        rememberContactType(saved.type);
        setValues(newContactValues(saved.type));
        setAtTouched(false);
        setStatus(message);
        firstFieldRef.current?.focus();
      }
      onSaved(saved, message);
    } catch (caught) {
      const error = toApiCallError(caught);
      setSaving(false);
      setStatus('');
      const placed = errorsFromContactIssues(error.issues, input.sentRows);
      if (error.code !== 'conflict' && Object.keys(placed.errors).length > 0) setErrors(placed.errors);
      else setFailure(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
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
      onKeyDown={onKeyDown}
      onFocus={contact ? undefined : refreshNow}
    >
      {failure !== undefined && (
        <div className="alert alert-error" role="alert">
          <h3>{failure.code === 'conflict' ? t('form.conflictTitle') : t('form.notSavedTitle')}</h3>
          <p>{translateError(i18n, failure)}</p>
          {failure.code === 'conflict' && onReload && (
            <button type="button" className="button button-secondary" onClick={onReload}>
              {t('form.reload')}
            </button>
          )}
        </div>
      )}
      <div className="contact-form-grid">
        <FormRow id={fieldId('at')} label={t('form.at')} required error={errorText('at')}>
          {(control) => (
            <input {...control} ref={firstFieldRef} className="input" type="datetime-local" value={values.at} onChange={text('at')} />
          )}
        </FormRow>
        <FormRow id={fieldId('type')} label={t('form.type')} required error={errorText('type')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.type}
              onChange={(event) => {
                if (isContactType(event.target.value)) set('type', event.target.value);
              }}
            >
              {contactTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </select>
          )}
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
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('form.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
        <p className="form-note shortcut-note">{t('form.shortcut')}</p>
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
