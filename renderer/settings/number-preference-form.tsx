import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { NumberSettingField } from './number-setting-field';

/** The whole-number preferences saved on their own, next to what they govern. */
export type NumberPreference = 'lockAfterMinutes' | 'retentionMonths' | 'backupKeep';

export interface NumberPreferenceTexts {
  before: string;
  after: string;
  hint: string;
  save: string;
  saving: string;
  saved: string;
}

interface NumberPreferenceFormProps {
  preference: NumberPreference;
  initial: number;
  /** The preference's own range (main/services/preferences/preferences-schema.ts), for the field. */
  min: number;
  max: number;
  texts: NumberPreferenceTexts;
  onSaved?: (value: Preferences[NumberPreference]) => void;
}

/** Sent as typed: an empty or out-of-range number is the main process's to refuse, in words. */
const asNumber = (typed: string) => Number(typed.trim() === '' ? Number.NaN : typed);

/**
 * One number preference in a sentence with its own Save (the lock's idle minutes, the keeping
 * period, how many backups): a refusal lands on the field, anything else below the form.
 */
export function NumberPreferenceForm({ preference, initial, min, max, texts, onSaved }: NumberPreferenceFormProps) {
  const { i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(String(initial));
  const [phase, setPhase] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [issue, setIssue] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase === 'saving') return;
    setPhase('saving');
    setIssue(undefined);
    setFailure(undefined);
    try {
      const saved = await api.call('preferences.update', { [preference]: asNumber(value) });
      setValue(String(saved[preference]));
      setPhase('saved');
      onSaved?.(saved[preference]);
    } catch (caught) {
      const error = toApiCallError(caught);
      setPhase('idle');
      const fieldIssue = error.issues.find((candidate) => candidate.path[0] === preference);
      if (fieldIssue === undefined) {
        setFailure(error);
        return;
      }
      setIssue(translateKey(i18n, fieldIssue.messageKey, 'invalidInput'));
      inputRef.current?.focus();
    }
  };

  return (
    <form className="form settings-form" noValidate onSubmit={(event) => void save(event)}>
      <NumberSettingField
        id={`${id}-${preference}`}
        before={texts.before}
        after={texts.after}
        hint={texts.hint}
        error={issue}
        value={value}
        min={min}
        max={max}
        inputRef={inputRef}
        onChange={(typed) => {
          setValue(typed);
          if (phase === 'saved') setPhase('idle');
        }}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={phase === 'saving'}>
          {phase === 'saving' ? texts.saving : texts.save}
        </button>
        <p className="form-status" role="status">
          {phase === 'saved' ? texts.saved : ''}
        </p>
      </div>
      {failure && <ErrorAlert error={failure} />}
    </form>
  );
}
