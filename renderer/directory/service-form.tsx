import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceEntry } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { CheckboxFieldset } from '../components/checkbox-fieldset';
import { ChoiceSelect } from '../components/choice-select';
import { FormActions } from '../components/form-actions';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { submitOnCtrlEnter } from '../components/submit-shortcut';
import { useEntityForm } from '../components/use-entity-form';
import { translateKey } from '../i18n/error-message';
import { serviceFormats, serviceKinds, servicePhases } from './service-choices';
import {
  emptyServiceValues,
  serviceTextFields,
  errorsFromServiceIssues,
  firstInvalidServiceField,
  toServiceInput,
  valuesFromService,
  type ServiceErrors,
  type ServiceFormField,
  type ServiceReady,
  type ServiceTextField,
  type ServiceValues,
} from './service-form-values';

interface ServiceFormProps {
  /** The entry being changed; absent for a new one. */
  entry?: ServiceEntry | undefined;
  /** After a save; `message` is what the worker is told. */
  onSaved: (entry: ServiceEntry, message: string) => void;
  onCancel: () => void;
  /** Edit only: fetch the latest version after a conflict. */
  onReload?: (() => void) | undefined;
  /** The id of the heading that names the form. */
  labelledBy: string;
}

/** Limits as the main process has them, so typing stops where saving would be refused. */
const maxLengths: Record<ServiceTextField, number> = {
  contactPerson: 100,
  phone: 40,
  email: 200,
  website: 300,
  address: 300,
  openingHours: 300,
  targetGroups: 500,
  notes: 2000,
};

const inputTypes: Partial<Record<ServiceTextField, 'tel' | 'email' | 'url'>> = { phone: 'tel', email: 'email', website: 'url' };
const multiline = new Set<ServiceTextField>(['openingHours', 'targetGroups', 'notes']);

/** One form to add a service to the directory and to change one; every field of the entry is here. */
export function ServiceForm({ entry, onSaved, onCancel, onReload, labelledBy }: ServiceFormProps) {
  const { t, i18n } = useTranslation('directory');
  const api = useApi();
  const idPrefix = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<ServiceValues>(() => (entry ? valuesFromService(entry) : emptyServiceValues()));
  const fieldId = (field: ServiceFormField) => `${idPrefix}-${field}`;

  const { formRef, errors, failure, saving, submit } = useEntityForm<ServiceErrors, ServiceReady, ServiceEntry>({
    check: () => toServiceInput(values),
    save: ({ fields }) =>
      entry
        ? api.call('directory.update', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt, fields })
        : api.call('directory.create', { fields }),
    onSaved: (saved) => onSaved(saved, entry ? t('form.updated', { name: saved.name }) : t('form.added', { name: saved.name })),
    placeIssues: (issues) => errorsFromServiceIssues(issues),
    // By id in form order: the phases are a checkbox group without an invalid mark of its own.
    focusFirstInvalid: (problems) => {
      const field = firstInvalidServiceField(problems);
      if (field !== undefined) document.getElementById(fieldId(field))?.focus();
    },
  });

  useEffect(() => nameRef.current?.focus(), []);

  const errorText = (field: ServiceFormField) => {
    const key = errors[field];
    return key === undefined ? undefined : translateKey(i18n, key, 'validation.invalid');
  };
  const hints: Partial<Record<ServiceTextField, string>> = {
    website: t('form.hints.website'),
    openingHours: t('form.hints.openingHours'),
    targetGroups: t('form.hints.targetGroups'),
  };
  const set = <K extends keyof ServiceValues>(key: K, value: ServiceValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const textRow = (field: ServiceTextField) => (
    <FormRow key={field} id={fieldId(field)} label={t(`form.labels.${field}`)} hint={hints[field]} error={errorText(field)}>
      {(control) =>
        multiline.has(field) ? (
          <textarea
            {...control}
            className="input"
            rows={field === 'notes' ? 4 : 2}
            maxLength={maxLengths[field]}
            value={values[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        ) : (
          <input
            {...control}
            className="input"
            type={inputTypes[field] ?? 'text'}
            autoComplete="off"
            maxLength={maxLengths[field]}
            value={values[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        )
      }
    </FormRow>
  );

  return (
    <form
      ref={formRef}
      className="service-form"
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={saving}
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
      <p className="form-note">{t('form.requiredNote')}</p>
      <div className="service-form-grid">
        <FormRow id={fieldId('name')} label={t('form.labels.name')} required error={errorText('name')}>
          {(control) => (
            <input
              {...control}
              ref={nameRef}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={150}
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </FormRow>
        <FormRow id={fieldId('kind')} label={t('form.labels.kind')} required error={errorText('kind')}>
          {(control) => (
            <ChoiceSelect
              control={control}
              options={serviceKinds}
              value={values.kind}
              label={(kind) => t(`kinds.${kind}`)}
              emptyLabel={t('form.choose')}
              onChange={(kind) => set('kind', kind)}
            />
          )}
        </FormRow>
        <FormRow id={fieldId('format')} label={t('form.labels.format')} required error={errorText('format')}>
          {(control) => (
            <ChoiceSelect
              control={control}
              options={serviceFormats}
              value={values.format}
              label={(format) => t(`formats.${format}`)}
              emptyLabel={t('form.choose')}
              onChange={(format) => set('format', format)}
            />
          )}
        </FormRow>
        <CheckboxFieldset
          id={fieldId('phases')}
          legend={t('form.labels.phases')}
          hint={t('form.hints.phases')}
          options={servicePhases}
          value={values.phases}
          label={(phase) => t(`phases.${phase}`)}
          onChange={(phases) => set('phases', phases)}
          error={errorText('phases')}
        />
        {serviceTextFields.map(textRow)}
      </div>
      <FormActions
        saving={saving}
        saveLabel={t('form.save')}
        cancelLabel={t('form.cancel')}
        onCancel={onCancel}
        savingLabel={t('form.saving')}
      >
        <p className="form-note shortcut-note">{t('form.shortcut')}</p>
      </FormActions>
    </form>
  );
}
