import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FormRowProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string | undefined;
  /** The problem, already translated. */
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A label, the control, an optional hint and the field's problem. The label holds only the field
 * name (its accessible name stays "Voornaam"); the required mark sits beside it, hidden from
 * screen readers, which hear `aria-required` instead.
 */
export function FormRow({ id, label, required = false, hint, error, children }: FormRowProps) {
  const { t } = useTranslation('clients');
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required-mark" aria-hidden="true" title={t('form.requiredMark')}>
            *
          </span>
        )}
      </div>
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
    </div>
  );
}
