import { useTranslation } from 'react-i18next';
import type { ContactType } from '../../main/api/api-types';
import type { ControlProps } from '../clients/form-row';
import { contactTypes, isContactType } from './contact-types';

interface ContactTypeSelectProps {
  /** From the surrounding `FormRow`: id, invalid state and description. */
  control: ControlProps;
  value: ContactType;
  onChange: (type: ContactType) => void;
}

/** The kind of contact, with the same choices in the same order for a logged contact and a planned one. */
export function ContactTypeSelect({ control, value, onChange }: ContactTypeSelectProps) {
  const { t } = useTranslation('contacts');
  return (
    <select
      {...control}
      className="input"
      value={value}
      onChange={(event) => {
        if (isContactType(event.target.value)) onChange(event.target.value);
      }}
    >
      {contactTypes.map((type) => (
        <option key={type} value={type}>
          {t(`types.${type}`)}
        </option>
      ))}
    </select>
  );
}
