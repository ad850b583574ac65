interface RadioFieldsetProps<Option extends string> {
  /** The legend's id; the first option's id is derived from it (see `firstRadioId`). */
  id: string;
  legend: string;
  name: string;
  options: readonly Option[];
  value: Option | undefined;
  label: (option: Option) => string;
  onChange: (option: Option) => void;
  /** Why the choice is refused, already translated. */
  error?: string | undefined;
  errorId: string;
}

/** Where focus goes when the choice is refused: the group's first option. */
export const firstRadioId = (id: string) => `${id}-first`;

/** One required choice as radio buttons, with its problem announced through the fieldset. */
export function RadioFieldset<Option extends string>({ id, legend, name, options, value, label, onChange, error, errorId }: RadioFieldsetProps<Option>) {
  const invalid = error !== undefined;
  return (
    <fieldset className={invalid ? 'radio-group field-invalid' : 'radio-group'} aria-describedby={invalid ? errorId : undefined}>
      <legend id={id}>{legend}</legend>
      {invalid && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {options.map((option, index) => (
        <label key={option} className="radio">
          <input
            type="radio"
            name={name}
            id={index === 0 ? firstRadioId(id) : undefined}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
