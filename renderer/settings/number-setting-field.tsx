import type { Ref } from 'react';

interface NumberSettingFieldProps {
  id: string;
  /** The words before the number ("Aandacht na"), and after it when the sentence goes on ("weken zonder contact"). */
  before: string;
  after?: string | undefined;
  hint: string;
  /** Why the value is refused, already translated. */
  error: string | undefined;
  value: string;
  min: number;
  max: number;
  inputRef: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}

/**
 * A whole number in a sentence ("Aandacht na [4] weken zonder contact"): the words around it are
 * its name, the hint and any refusal its description.
 */
export function NumberSettingField({ id, before, after, hint, error, value, min, max, inputRef, onChange }: NumberSettingFieldProps) {
  const invalid = error !== undefined;
  const describedBy = [invalid ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <div className="inline-field">
        <label id={`${id}-before`} htmlFor={id}>
          {before}
        </label>
        <input
          ref={inputRef}
          id={id}
          className="input input-number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          aria-labelledby={after === undefined ? undefined : `${id}-before ${id}-after`}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
        {after !== undefined && (
          <span id={`${id}-after`} className="inline-field-after">
            {after}
          </span>
        )}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
