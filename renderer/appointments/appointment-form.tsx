import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { formatWeekdayDateTime } from '../components/local-date-time';
import { contactTypes, isContactType, rememberedContactType } from '../contacts/contact-types';
import { translateError, translateKey } from '../i18n/error-message';
import { currentLanguage } from '../i18n/i18n';
import {
  errorsFromAppointmentIssues,
  newAppointmentValues,
  toAppointmentInput,
  valuesFromAppointment,
  type AppointmentErrors,
  type AppointmentField,
  type AppointmentValues,
} from './appointment-values';

interface AppointmentFormProps {
  clientId: string;
  /** The appointment being changed; absent when planning a new one. */
  appointment?: Appointment | undefined;
  onSaved: (appointment: Appointment, message: string) => void;
  onCancel: () => void;
  onReload?: (() => void) | undefined;
  /** The id of the heading that names the form; without it the form names itself. */
  labelledBy?: string | undefined;
}

/** Plan or move an appointment: when, how long, what kind, where, and a note. Ctrl+Enter saves. */
export function AppointmentForm({ clientId, appointment, onSaved, onCancel, onReload, labelledBy }: AppointmentFormProps) {
  const { t, i18n } = useTranslation(['appointments', 'contacts']);
  const api = useApi();
  const idPrefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<AppointmentValues>(() =>
    appointment ? valuesFromAppointment(appointment) : newAppointmentValues(rememberedContactType()),
  );
  const [errors, setErrors] = useState<AppointmentErrors>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    firstFieldRef.current?.focus();
  }, []);

  useEffect(() => {
    if (Object.keys(errors).length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const fieldId = (field: AppointmentField) => `${idPrefix}-${field}`;
  const errorText = (field: AppointmentField) => {
    const key = errors[field];
    return key === undefined ? undefined : translateKey(i18n, key, 'validation.invalid');
  };
  const text = (key: 'start' | 'duration' | 'location' | 'note') => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = event.target.value;
    setValues((previous) => ({ ...previous, [key]: value }));
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(undefined);
    const input = toAppointmentInput(values);
    if (!input.ok) {
      setErrors(input.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = appointment
        ? await api.call('appointments.update', {
            clientId,
            appointmentId: appointment.id,
            expectedUpdatedAt: appointment.updatedAt,
            fields: input.fields,
          })
        : await api.call('appointments.create', { clientId, fields: input.fields });
      const when = formatWeekdayDateTime(saved.start, currentLanguage(i18n));
      onSaved(saved, appointment ? t('form.updated', { when }) : t('form.planned', { when }));
    } catch (caught) {
      const error = toApiCallError(caught);
      setSaving(false);
      const placed = errorsFromAppointmentIssues(error.issues);
      if (error.code !== 'conflict' && Object.keys(placed).length > 0) setErrors(placed);
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
      className="appointment-form"
      noValidate
      aria-busy={saving}
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? (appointment ? t('form.editTitle') : t('form.newTitle')) : undefined}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
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
        <FormRow id={fieldId('start')} label={t('form.start')} required error={errorText('start')}>
          {(control) => <input {...control} ref={firstFieldRef} className="input" type="datetime-local" value={values.start} onChange={text('start')} />}
        </FormRow>
        <FormRow id={fieldId('durationMinutes')} label={t('form.duration')} required error={errorText('durationMinutes')}>
          {(control) => (
            <input
              {...control}
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={5}
              max={720}
              step={5}
              value={values.duration}
              onChange={text('duration')}
            />
          )}
        </FormRow>
        <FormRow id={fieldId('type')} label={t('form.type')} required error={errorText('type')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.type}
              onChange={(event) => {
                const value = event.target.value;
                if (isContactType(value)) setValues((previous) => ({ ...previous, type: value }));
              }}
            >
              {contactTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`contacts:types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormRow>
        <FormRow id={fieldId('location')} label={t('form.location')} hint={t('form.locationHint')} error={errorText('location')}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" maxLength={200} value={values.location} onChange={text('location')} />
          )}
        </FormRow>
        <FormRow id={fieldId('note')} label={t('form.note')} error={errorText('note')}>
          {(control) => <textarea {...control} className="input" rows={3} maxLength={2000} value={values.note} onChange={text('note')} />}
        </FormRow>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <p className="form-status" role="status">
          {saving ? t('form.saving') : ''}
        </p>
      </div>
    </form>
  );
}
