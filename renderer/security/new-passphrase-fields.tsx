import { PassphraseField } from './passphrase-field';

interface NewPassphraseFieldsProps {
  id: string;
  texts: { passphrase: string; hint: string; repeat: string; show: string };
  /** Why each value is refused, already translated. */
  errors: { passphrase: string | undefined; repeat: string | undefined };
  passphrase: string;
  repeat: string;
  visible: boolean;
  busy: boolean;
  autoFocus?: boolean | undefined;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  onVisible: (visible: boolean) => void;
}

/**
 * A new passphrase typed twice, with "show" for both (set-up, a change, and a new one after the
 * recovery key): one place for what the browser may fill in and how the pair is shown.
 */
export function NewPassphraseFields({ id, texts, errors, passphrase, repeat, visible, busy, autoFocus, onPassphrase, onRepeat, onVisible }: NewPassphraseFieldsProps) {
  return (
    <>
      <PassphraseField
        id={`${id}-next`}
        label={texts.passphrase}
        hint={texts.hint}
        error={errors.passphrase}
        value={passphrase}
        visible={visible}
        autoComplete="new-password"
        autoFocus={autoFocus}
        readOnly={busy}
        onChange={onPassphrase}
      />
      <PassphraseField
        id={`${id}-repeat`}
        label={texts.repeat}
        error={errors.repeat}
        value={repeat}
        visible={visible}
        autoComplete="new-password"
        readOnly={busy}
        onChange={onRepeat}
      />
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => onVisible(event.target.checked)} />
        {texts.show}
      </label>
    </>
  );
}
