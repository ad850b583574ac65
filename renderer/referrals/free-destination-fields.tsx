import { useTranslation } from 'react-i18next';
import { FormRow } from '../clients/form-row';
import { CheckboxFieldset } from '../components/checkbox-fieldset';
import { ChoiceSelect } from '../components/choice-select';
import { serviceFormats, serviceKinds, servicePhases } from '../directory/service-choices';
import { freeTextFields, type FreeTextField, type ReferralBinding } from './referral-form-values';

const maxLengths: Record<FreeTextField, number> = { contactPerson: 100, phone: 40, email: 200, address: 300 };
const inputTypes: Record<FreeTextField, 'text' | 'tel' | 'email'> = {
  contactPerson: 'text',
  phone: 'tel',
  email: 'email',
  address: 'text',
};

/** A destination that is not in the directory, typed in for this referral only. */
export function FreeDestinationFields({ binding }: { binding: ReferralBinding }) {
  const { t } = useTranslation(['referrals', 'directory']);
  const { values, fieldId, errorText, setFree } = binding;
  const free = values.free;
  return (
    <div className="destination-free-grid">
      <FormRow id={fieldId('name')} label={t('form.destinationName')} required error={errorText('name')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            maxLength={150}
            value={free.name}
            onChange={(event) => setFree('name', event.target.value)}
          />
        )}
      </FormRow>
      <FormRow id={fieldId('kind')} label={t('directory:form.labels.kind')} required error={errorText('kind')}>
        {(control) => (
          <ChoiceSelect
            control={control}
            options={serviceKinds}
            value={free.kind}
            label={(kind) => t(`directory:kinds.${kind}`)}
            emptyLabel={t('directory:form.choose')}
            onChange={(kind) => setFree('kind', kind)}
          />
        )}
      </FormRow>
      <FormRow id={fieldId('format')} label={t('directory:form.labels.format')} required error={errorText('format')}>
        {(control) => (
          <ChoiceSelect
            control={control}
            options={serviceFormats}
            value={free.format}
            label={(format) => t(`directory:formats.${format}`)}
            emptyLabel={t('directory:form.choose')}
            onChange={(format) => setFree('format', format)}
          />
        )}
      </FormRow>
      <CheckboxFieldset
        id={fieldId('phases')}
        legend={t('directory:form.labels.phases')}
        hint={t('directory:form.hints.phases')}
        options={servicePhases}
        value={free.phases}
        label={(phase) => t(`directory:phases.${phase}`)}
        onChange={(phases) => setFree('phases', phases)}
        error={errorText('phases')}
      />
      {freeTextFields.map((field) => (
        <FormRow key={field} id={fieldId(field)} label={t(`directory:form.labels.${field}`)} error={errorText(field)}>
          {(control) => (
            <input
              {...control}
              className="input"
              type={inputTypes[field]}
              autoComplete="off"
              maxLength={maxLengths[field]}
              value={free[field]}
              onChange={(event) => setFree(field, event.target.value)}
            />
          )}
        </FormRow>
      ))}
    </div>
  );
}
