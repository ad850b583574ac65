import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { FormActions } from '../components/form-actions';
import { formatWeekdayDateTime } from '../components/local-date-time';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { submitOnCtrlEnter } from '../components/submit-shortcut';
import { useEntityForm } from '../components/use-entity-form';
import { ContactTypeSelect } from '../contacts/contact-type-select';
import { rememberedContactType } from '../contacts/contact-types';
import { translateKey } from '../i18n/error-message';
import { currentLanguage } from '../i18n/i18n';
import {
  errorsFromAppointmentIssues,
  newAppointmentValues,
  toAppointmentInput,
  valuesFromAppointment,
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
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<AppointmentValues>(() =>
    appointment ? valuesFromAppointment(appointment) : newAppointmentValues(rememberedContactType()),
  );
  const { formRef, errors, failure, saving, submit } = useEntityForm({
    check: () => toAppointmentInput(values),
    save: ({ fields }) =>
      appointment
        ? api.call('appointments.update', { clientId, appointmentId: appointment.id, expectedUpdatedAt: appointment.updatedAt, fields })
        : api.call('appointments.create', { clientId, fields }),
    onSaved: (saved) => {
      const when = formatWeekdayDateTime(saved.start, currentLanguage(i18n));
      onSaved(saved, appointment ? t('form.updated', { when }) : t('form.planned', { when }));
    },
    placeIssues: errorsFromAppointmentIssues,
  });

  useEffect(() => {
    firstFieldRef.current?.focus();
  }, []);

  const fieldId = (field: AppointmentField) => `${idPrefix}-${field}`;
  const errorText = (field: AppointmentField) => {
    const key = errors[field];
    return key === undefined ? undefined : translateKey(i18n, key, 'validation.invalid');
  };
  const text = (key: 'start' | 'duration' | 'location' | 'note') => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = event.target.value;
    setValues((previous) => ({ ...previous, [key]: value }));
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
      onKeyDown={submitOnCtrlEnter(submit)}
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
            <ContactTypeSelect control={control} value={values.type} onChange={(type) => setValues((previous) => ({ ...previous, type }))} />
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
      <FormActions saving={saving} saveLabel={t('form.save')} cancelLabel={t('form.cancel')} onCancel={onCancel} savingLabel={t('form.saving')} />
    </form>
  );
}
