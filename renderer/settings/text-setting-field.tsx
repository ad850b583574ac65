import type { HTMLInputTypeAttribute, Ref } from 'react';

interface TextSettingFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Why the value is refused, already translated. */
  error: string | undefined;
  value: string;
  maxLength: number;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  /** Several lines (an address as written on a letter). */
  multiline?: boolean;
  inputRef: Ref<HTMLInputElement & HTMLTextAreaElement>;
  onChange: (value: string) => void;
}

/** One line (or a few) of text with its label, hint and refusal, as the settings forms show them. */
export function TextSettingField({ id, label, hint, error, value, maxLength, type = 'text', autoComplete, multiline = false, inputRef, onChange }: TextSettingFieldProps) {
  const invalid = error !== undefined;
  const describedBy = [invalid ? `${id}-error` : '', hint === undefined ? '' : `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    className: 'input input-medium',
    value,
    maxLength,
    autoComplete,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
  };
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {multiline ? (
        <textarea ref={inputRef} rows={3} {...shared} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input ref={inputRef} type={type} {...shared} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
