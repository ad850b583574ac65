import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';

type Field = 'workerName' | 'attentionWeeks';

interface SaveState {
  phase: 'idle' | 'saving' | 'saved';
  issues: Partial<Record<Field, string>>;
  error?: ApiCallError | undefined;
}

/**
 * The worker's name (written beside every contact they log and in the audit trail) and after how
 * many weeks without contact a client appears under Attention. The main process checks both; its
 * field issues show next to the fields, in words.
 */
export function WorkSettingsForm({ initial }: { initial: Pick<Preferences, 'workerName' | 'attentionWeeks'> }) {
  const { t, i18n } = useTranslation('settings');
  const api = useApi();
  const id = useId();
  const [workerName, setWorkerName] = useState(initial.workerName);
  const [weeks, setWeeks] = useState(String(initial.attentionWeeks));
  const [state, setState] = useState<SaveState>({ phase: 'idle', issues: {} });
  const nameRef = useRef<HTMLInputElement>(null);
  const weeksRef = useRef<HTMLInputElement>(null);
  const focusFirstIssue = useRef(false);

  useEffect(() => {
    if (!focusFirstIssue.current) return;
    focusFirstIssue.current = false;
    if (state.issues.workerName !== undefined) nameRef.current?.focus();
    else if (state.issues.attentionWeeks !== undefined) weeksRef.current?.focus();
  }, [state.issues]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setState({ phase: 'saving', issues: {} });
    try {
      // Sent as typed: an empty or out-of-range number is the main process's to refuse, in words.
      const saved = await api.call('preferences.update', { workerName, attentionWeeks: Number(weeks.trim() === '' ? Number.NaN : weeks) });
      setWorkerName(saved.workerName);
      setWeeks(String(saved.attentionWeeks));
      setState({ phase: 'saved', issues: {} });
    } catch (caught) {
      const error = toApiCallError(caught);
      const issues: SaveState['issues'] = {};
      for (const issue of error.issues) {
        const field = issue.path[0];
        if ((field === 'workerName' || field === 'attentionWeeks') && issues[field] === undefined) {
          issues[field] = translateKey(i18n, issue.messageKey, 'invalidInput');
        }
      }
      focusFirstIssue.current = true;
      setState({ phase: 'idle', issues, error: Object.keys(issues).length === 0 ? error : undefined });
    }
  };

  const edited = () => setState((current) => (current.phase === 'saved' ? { phase: 'idle', issues: current.issues } : current));
  const describedBy = (field: Field, hint: string) => [state.issues[field] === undefined ? '' : `${id}-${field}-error`, hint].filter(Boolean).join(' ');

  return (
    <form className="form settings-form" noValidate onSubmit={(event) => void save(event)}>
      <div className={state.issues.workerName === undefined ? 'field' : 'field field-invalid'}>
        <label htmlFor={`${id}-name`}>{t('work.workerName')}</label>
        <p id={`${id}-name-hint`} className="field-hint">
          {t('work.workerNameHint')}
        </p>
        {state.issues.workerName !== undefined && (
          <p id={`${id}-workerName-error`} className="field-error">
            {state.issues.workerName}
          </p>
        )}
        <input
          ref={nameRef}
          id={`${id}-name`}
          className="input input-medium"
          value={workerName}
          autoComplete="name"
          aria-invalid={state.issues.workerName !== undefined}
          aria-describedby={describedBy('workerName', `${id}-name-hint`)}
          onChange={(event) => {
            setWorkerName(event.target.value);
            edited();
          }}
        />
      </div>
      <div className={state.issues.attentionWeeks === undefined ? 'field' : 'field field-invalid'}>
        <div className="inline-field">
          <label id={`${id}-weeks-before`} htmlFor={`${id}-weeks`}>
            {t('work.attentionWeeksBefore')}
          </label>
          <input
            ref={weeksRef}
            id={`${id}-weeks`}
            className="input input-number"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            step={1}
            value={weeks}
            aria-labelledby={`${id}-weeks-before ${id}-weeks-after`}
            aria-invalid={state.issues.attentionWeeks !== undefined}
            aria-describedby={describedBy('attentionWeeks', `${id}-weeks-hint`)}
            onChange={(event) => {
              setWeeks(event.target.value);
              edited();
            }}
          />
          <span id={`${id}-weeks-after`} className="inline-field-after">
            {t('work.attentionWeeksAfter')}
          </span>
        </div>
        <p id={`${id}-weeks-hint`} className="field-hint">
          {t('work.attentionWeeksHint')}
        </p>
        {state.issues.attentionWeeks !== undefined && (
          <p id={`${id}-attentionWeeks-error`} className="field-error">
            {state.issues.attentionWeeks}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
          {state.phase === 'saving' ? t('work.saving') : t('work.save')}
        </button>
        <p className="form-status" role="status">
          {state.phase === 'saved' ? t('work.saved') : ''}
        </p>
      </div>
      {state.error && <ErrorAlert error={state.error} />}
    </form>
  );
}
