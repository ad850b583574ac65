import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgeGroup, ClientFlag } from '../../main/api/api-types';
import { todayIso } from '../i18n/formatting';
import { ageGroups, clientFlags, householdTypes, referralSources, suggestedAgeGroup } from './client-choices';
import type { FormField, FormValues, TextField } from './client-form-values';
import { clientStatuses, isClientStatus } from './client-statuses';
import { FormRow } from './form-row';

/** What each field needs from the form: its value, its id, its problem and a way to change it. */
export interface FieldBinding {
  values: FormValues;
  fieldId: (field: FormField) => string;
  errorText: (field: FormField) => string | undefined;
  set: <F extends keyof FormValues>(field: F, value: FormValues[F]) => void;
}

interface TextProps {
  binding: FieldBinding;
  field: TextField;
  type?: 'text' | 'tel' | 'email' | 'date';
  maxLength?: number;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
}

function TextRow({ binding, field, type = 'text', maxLength, multiline = false, required = false, hint }: TextProps) {
  const { t } = useTranslation('clients');
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    binding.set(field, event.target.value);
  };
  const value = binding.values[field];
  return (
    <FormRow id={binding.fieldId(field)} label={t(`fields.${field}`)} required={required} hint={hint} error={binding.errorText(field)}>
      {(control) =>
        multiline ? (
          <textarea {...control} className="input" rows={3} maxLength={maxLength} value={value} onChange={change} />
        ) : type === 'date' ? (
          <input {...control} className="input input-date" type="date" min="1900-01-01" value={value} onChange={change} />
        ) : (
          <input {...control} className="input" type={type} autoComplete="off" maxLength={maxLength} value={value} onChange={change} />
        )
      }
    </FormRow>
  );
}

interface ChoiceProps<F extends 'ageGroup' | 'household' | 'referredBy'> {
  binding: FieldBinding;
  field: F;
  options: readonly Exclude<FormValues[F], ''>[];
  label: (option: Exclude<FormValues[F], ''>) => string;
  hint?: ReactNode;
  hintText?: string;
}

/** A select with "not chosen" first: leaving a choice open is always allowed. */
function ChoiceRow<F extends 'ageGroup' | 'household' | 'referredBy'>({ binding, field, options, label, hintText, hint }: ChoiceProps<F>) {
  const { t } = useTranslation('clients');
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    const chosen = options.find((option) => option === value);
    binding.set(field, (chosen ?? '') as FormValues[F]);
  };
  return (
    <FormRow id={binding.fieldId(field)} label={t(`fields.${field}`)} hint={hintText} error={binding.errorText(field)}>
      {(control) => (
        <>
          <select {...control} className="input" value={binding.values[field]} onChange={change}>
            <option value="">{t('form.notChosen')}</option>
            {options.map((option) => (
              <option key={option} value={option}>
                {label(option)}
              </option>
            ))}
          </select>
          {hint}
        </>
      )}
    </FormRow>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

function AgeGroupRow({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation('clients');
  const suggestion = suggestedAgeGroup(binding.values.dateOfBirth);
  const offer = suggestion !== undefined && suggestion !== binding.values.ageGroup;
  return (
    <ChoiceRow
      binding={binding}
      field="ageGroup"
      options={ageGroups}
      label={(group) => t(`ageGroups.${group}`)}
      hintText={t('form.ageGroupHint')}
      hint={
        offer && (
          <p className="field-suggestion">
            {t('form.ageGroupSuggestion', { group: t(`ageGroups.${suggestion}`) })}{' '}
            <button type="button" className="button-link" onClick={() => binding.set('ageGroup', suggestion)}>
              {t('form.useSuggestion')}
            </button>
          </p>
        )
      }
    />
  );
}

function FlagsRow({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation('clients');
  const error = binding.errorText('flags');
  const hintId = `${binding.fieldId('flags')}-hint`;
  const errorId = `${binding.fieldId('flags')}-error`;
  const toggle = (flag: ClientFlag, on: boolean) => {
    const others = binding.values.flags.filter((existing) => existing !== flag);
    // Kept in the domain's order, whatever order they were ticked in.
    const next = on ? clientFlags.filter((candidate) => candidate === flag || others.includes(candidate)) : others;
    binding.set('flags', next);
  };
  return (
    <fieldset
      className={error === undefined ? 'checkbox-group field' : 'checkbox-group field field-invalid'}
      aria-describedby={[error === undefined ? undefined : errorId, hintId].filter(Boolean).join(' ')}
    >
      <legend className="field-label">{t('fields.flags')}</legend>
      <p id={hintId} className="field-hint">
        {t('form.flagsHint')}
      </p>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {clientFlags.map((flag, index) => (
        <label key={flag} className="checkbox">
          <input
            type="checkbox"
            id={index === 0 ? binding.fieldId('flags') : undefined}
            checked={binding.values.flags.includes(flag)}
            onChange={(event) => toggle(flag, event.target.checked)}
          />
          {t(`flags.${flag}`)}
        </label>
      ))}
    </fieldset>
  );
}

function StatusRow({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation('clients');
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    if (isClientStatus(event.target.value)) binding.set('status', event.target.value);
  };
  return (
    <FormRow id={binding.fieldId('status')} label={t('fields.status')} hint={t('form.statusHint')} error={binding.errorText('status')}>
      {(control) => (
        <select {...control} className="input" value={binding.values.status} onChange={change}>
          {clientStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      )}
    </FormRow>
  );
}

/** All profile fields, grouped the way a worker fills in an intake form. */
export function ClientFormFields({ binding, isNew }: { binding: FieldBinding; isNew: boolean }) {
  const { t } = useTranslation('clients');
  // The age group this form filled in itself; one the worker chose is never overwritten.
  const filledIn = useRef<AgeGroup | undefined>(undefined);
  const onDateOfBirth = (dateOfBirth: string) => {
    const next = suggestedAgeGroup(dateOfBirth);
    const current = binding.values.ageGroup;
    if (next !== undefined && (current === '' || current === filledIn.current)) {
      filledIn.current = next;
      binding.set('ageGroup', next);
    }
  };
  return (
    <>
      <Section title={t('form.sections.personal')}>
        <TextRow binding={binding} field="givenName" required maxLength={100} />
        <TextRow binding={binding} field="familyName" required maxLength={100} />
        <TextRow binding={binding} field="preferredName" maxLength={100} hint={t('form.preferredNameHint')} />
        <TextRow binding={binding} field="pronouns" maxLength={40} hint={t('form.pronounsHint')} />
        <FormRow
          id={binding.fieldId('dateOfBirth')}
          label={t('fields.dateOfBirth')}
          error={binding.errorText('dateOfBirth')}
        >
          {(control) => (
            <input
              {...control}
              className="input input-date"
              type="date"
              min="1900-01-01"
              max={todayIso()}
              value={binding.values.dateOfBirth}
              onChange={(event) => {
                onDateOfBirth(event.target.value);
                binding.set('dateOfBirth', event.target.value);
              }}
            />
          )}
        </FormRow>
        <AgeGroupRow binding={binding} />
        <TextRow binding={binding} field="language" maxLength={60} />
      </Section>

      <Section title={t('form.sections.contact')}>
        <TextRow binding={binding} field="phone" type="tel" maxLength={40} />
        <TextRow binding={binding} field="email" type="email" maxLength={200} />
        <TextRow binding={binding} field="address" multiline maxLength={300} hint={t('form.addressHint')} />
      </Section>

      <Section title={t('form.sections.living')}>
        <ChoiceRow binding={binding} field="household" options={householdTypes} label={(type) => t(`households.${type}`)} />
        <TextRow binding={binding} field="livingSituation" multiline maxLength={1000} />
      </Section>

      <Section title={t('form.sections.referral')}>
        <ChoiceRow binding={binding} field="referredBy" options={referralSources} label={(source) => t(`referralSources.${source}`)} />
        <TextRow binding={binding} field="referredOn" type="date" />
      </Section>

      <Section title={t('form.sections.gp')}>
        <TextRow binding={binding} field="gpName" maxLength={100} />
        <TextRow binding={binding} field="gpPractice" maxLength={150} />
        <TextRow binding={binding} field="gpPhone" type="tel" maxLength={40} />
      </Section>

      <Section title={t('form.sections.emergency')}>
        <TextRow binding={binding} field="emergencyName" maxLength={100} />
        <TextRow binding={binding} field="emergencyRelation" maxLength={60} />
        <TextRow binding={binding} field="emergencyPhone" type="tel" maxLength={40} />
      </Section>

      <Section title={t('form.sections.flags')}>
        <FlagsRow binding={binding} />
        <TextRow binding={binding} field="flagNote" multiline maxLength={500} />
      </Section>

      <Section title={t('form.sections.care')}>
        {isNew && <StatusRow binding={binding} />}
        <TextRow binding={binding} field="assignedWorker" maxLength={100} />
        <TextRow binding={binding} field="startDate" type="date" />
        <TextRow binding={binding} field="endDate" type="date" />
        <TextRow binding={binding} field="whatMatters" multiline maxLength={5000} hint={t('form.whatMattersHint')} />
      </Section>
    </>
  );
}
