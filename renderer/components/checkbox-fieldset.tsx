import type { ReactNode } from 'react';

interface CheckboxFieldsetProps<Option extends string> {
  /** The first checkbox's id: where focus goes when the group is refused. */
  id: string;
  legend: string;
  hint?: ReactNode;
  options: readonly Option[];
  value: readonly Option[];
  label: (option: Option) => string;
  /** The ticked options, always in the order of `options`, whatever order they were ticked in. */
  onChange: (next: Option[]) => void;
  /** Why the choice is refused, already translated. */
  error?: string | undefined;
  className?: string;
}

/** Any number of choices from a fixed list as checkboxes, with a hint and its problem read with the group. */
export function CheckboxFieldset<Option extends string>({
  id,
  legend,
  hint,
  options,
  value,
  label,
  onChange,
  error,
  className = 'checkbox-group field',
}: CheckboxFieldsetProps<Option>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error === undefined ? undefined : errorId, hint === undefined ? undefined : hintId].filter(Boolean).join(' ');
  const toggle = (option: Option, on: boolean) =>
    onChange(options.filter((candidate) => (candidate === option ? on : value.includes(candidate))));
  return (
    <fieldset className={error === undefined ? className : `${className} field-invalid`} aria-describedby={describedBy || undefined}>
      <legend className="field-label">{legend}</legend>
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
      {options.map((option, index) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            id={index === 0 ? id : undefined}
            checked={value.includes(option)}
            onChange={(event) => toggle(option, event.target.checked)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
