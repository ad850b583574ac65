import type { Ref } from 'react';

interface PassphraseFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Why the value is refused, already translated. */
  error: string | undefined;
  value: string;
  /** Shown as typed (the worker chose "show"), or hidden as dots. A recovery key is always shown. */
  visible: boolean;
  autoComplete: 'new-password' | 'current-password' | 'off';
  inputRef?: Ref<HTMLInputElement> | undefined;
  autoFocus?: boolean | undefined;
  /** While the main process works on it: the text stays (and keeps focus) but cannot change underneath. */
  readOnly?: boolean | undefined;
  className?: string | undefined;
  onChange: (value: string) => void;
}

/**
 * One secret: a passphrase or a recovery key. The hint and any refusal are its description, read
 * with the field. Spelling aids are off: they would show the text to a spell checker and "correct" it.
 */
export function PassphraseField({
  id,
  label,
  hint,
  error,
  value,
  visible,
  autoComplete,
  inputRef,
  autoFocus,
  readOnly,
  className = 'input input-medium input-secret',
  onChange,
}: PassphraseFieldProps) {
  const invalid = error !== undefined;
  const describedBy = [invalid ? `${id}-error` : '', hint === undefined ? '' : `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {invalid && (
        // Read out at once: after a wrong passphrase focus stays in the field, so its description alone would not be.
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        className={className}
        type={visible ? 'text' : 'password'}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus={autoFocus}
        readOnly={readOnly}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
