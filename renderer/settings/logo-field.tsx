import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { logoFromFile, type LogoOutcome } from './logo-file';

interface LogoFieldProps {
  /** The logo as it will be saved: a data URL, or '' for none. */
  value: string;
  /** The logo as last stored, to say whether a change is still waiting for Save. */
  stored: string;
  /** Why the logo is refused (a picked file or main's check), already translated. */
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  onChange: (dataUrl: string) => void;
  /** A picked file that cannot be a logo; the current value stays. */
  onRefused: (reason: Extract<LogoOutcome, { ok: false }>['reason']) => void;
}

/**
 * The organisation's logo: a PNG or JPEG picked from disk, checked here (type by its bytes, size)
 * so a wrong file is refused before anything is sent, and shown as it will print.
 */
export function LogoField({ value, stored, error, inputRef, onChange, onRefused }: LogoFieldProps) {
  const { t } = useTranslation('settings');
  const id = useId();
  const invalid = error !== undefined;
  const describedBy = [invalid ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');

  return (
    <fieldset className={invalid ? 'field logo-field field-invalid' : 'field logo-field'} aria-describedby={describedBy}>
      <legend className="field-label">{t('organisation.logo')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('organisation.logoHint')}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="logo-preview">
        {value === '' ? <p className="muted">{t('organisation.logoNone')}</p> : <img src={value} alt={t('organisation.logoPreview')} />}
      </div>
      <div className="button-row">
        <label htmlFor={`${id}-file`}>
          {t('organisation.logoChoose')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          accept="image/png,image/jpeg"
          className="file-input"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so picking the same file again (after shrinking it) reads it again.
            event.target.value = '';
            if (!file) return;
            void logoFromFile(file).then((outcome) => (outcome.ok ? onChange(outcome.dataUrl) : onRefused(outcome.reason)));
          }}
        />
        {value !== '' && (
          <button type="button" className="button button-secondary" onClick={() => onChange('')}>
            {t('organisation.logoRemove')}
          </button>
        )}
      </div>
      <p className="form-status" role="status">
        {value !== stored ? (value === '' ? t('organisation.logoRemovedPending') : t('organisation.logoPending')) : ''}
      </p>
    </fieldset>
  );
}
