import type { ControlProps } from '../clients/form-row';

interface ChoiceSelectProps<Option extends string> {
  /** From the surrounding `FormRow`, or an id for a filter. */
  control: ControlProps | { id: string };
  options: readonly Option[];
  value: Option | '';
  label: (option: Option) => string;
  /** The empty choice first ("Kies…", "Alle soorten"); it stands for "none chosen". */
  emptyLabel: string;
  onChange: (option: Option | '') => void;
}

/** One choice from a fixed list, with an empty choice first; anything else the DOM hands back is ignored. */
export function ChoiceSelect<Option extends string>({ control, options, value, label, emptyLabel, onChange }: ChoiceSelectProps<Option>) {
  return (
    <select
      {...control}
      className="input"
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option === event.target.value);
        onChange(chosen ?? '');
      }}
    >
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );
}
