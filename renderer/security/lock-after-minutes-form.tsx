import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { NumberSettingField } from '../settings/number-setting-field';
import { useAppLock } from './app-lock-context';

/** The preference's own range (main/services/preferences/preferences-schema.ts), for the field's min and max. */
const minMinutes = 1;
const maxMinutes = 120;

/** Sent as typed: an empty or out-of-range number is the main process's to refuse, in words. */
const asNumber = (typed: string) => Number(typed.trim() === '' ? Number.NaN : typed);

/**
 * After how many idle minutes Verbind locks. Saved on its own (not with the other work settings) so
 * the open session's idle timer can follow the new value at once.
 */
export function LockAfterMinutesForm({ initial }: { initial: number }) {
  const { t, i18n } = useTranslation('security');
  const api = useApi();
  const appLock = useAppLock();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [minutes, setMinutes] = useState(String(initial));
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
      const saved = await api.call('preferences.update', { lockAfterMinutes: asNumber(minutes) });
      setMinutes(String(saved.lockAfterMinutes));
      appLock?.lockAfterMinutesChanged(saved.lockAfterMinutes);
      setPhase('saved');
    } catch (caught) {
      const error = toApiCallError(caught);
      setPhase('idle');
      const fieldIssue = error.issues.find((candidate) => candidate.path[0] === 'lockAfterMinutes');
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
        id={`${id}-minutes`}
        before={t('lockAfter.before')}
        after={t('lockAfter.after')}
        hint={t('lockAfter.hint')}
        error={issue}
        value={minutes}
        min={minMinutes}
        max={maxMinutes}
        inputRef={inputRef}
        onChange={(value) => {
          setMinutes(value);
          if (phase === 'saved') setPhase('idle');
        }}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={phase === 'saving'}>
          {phase === 'saving' ? t('lockAfter.saving') : t('lockAfter.save')}
        </button>
        <p className="form-status" role="status">
          {phase === 'saved' ? t('lockAfter.saved') : ''}
        </p>
      </div>
      {failure && <ErrorAlert error={failure} />}
    </form>
  );
}
