import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { NumberSettingField } from './number-setting-field';

type Field = 'workerName' | 'attentionWeeks' | 'stressThreshold' | 'referralFollowUpDays';
const fields: readonly Field[] = ['workerName', 'attentionWeeks', 'stressThreshold', 'referralFollowUpDays'];
const isField = (value: unknown): value is Field => (fields as readonly unknown[]).includes(value);

interface SaveState {
  phase: 'idle' | 'saving' | 'saved';
  issues: Partial<Record<Field, string>>;
  error?: ApiCallError | undefined;
}

/** Sent as typed: an empty or out-of-range number is the main process's to refuse, in words. */
const asNumber = (typed: string) => Number(typed.trim() === '' ? Number.NaN : typed);

/**
 * The worker's name (written beside every contact they log and in the audit trail), after how many
 * weeks without contact a client appears under Attention, from which stress check-in score (0–10)
 * stress counts as still high, and after how many days a sent referral without an answer stands out
 * for a follow-up call. The main process checks them all; its field issues show next to the fields,
 * in words.
 */
export function WorkSettingsForm({ initial }: { initial: Pick<Preferences, Field> }) {
  const { t, i18n } = useTranslation('settings');
  const api = useApi();
  const id = useId();
  const [workerName, setWorkerName] = useState(initial.workerName);
  const [weeks, setWeeks] = useState(String(initial.attentionWeeks));
  const [threshold, setThreshold] = useState(String(initial.stressThreshold));
  const [followUpDays, setFollowUpDays] = useState(String(initial.referralFollowUpDays));
  const [state, setState] = useState<SaveState>({ phase: 'idle', issues: {} });
  const refs = {
    workerName: useRef<HTMLInputElement>(null),
    attentionWeeks: useRef<HTMLInputElement>(null),
    stressThreshold: useRef<HTMLInputElement>(null),
    referralFollowUpDays: useRef<HTMLInputElement>(null),
  };
  const focusFirstIssue = useRef(false);

  useEffect(() => {
    if (!focusFirstIssue.current) return;
    focusFirstIssue.current = false;
    const first = fields.find((field) => state.issues[field] !== undefined);
    if (first !== undefined) refs[first].current?.focus();
    // The refs are stable; only a new set of issues moves focus.
  }, [state.issues]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setState({ phase: 'saving', issues: {} });
    try {
      const saved = await api.call('preferences.update', {
        workerName,
        attentionWeeks: asNumber(weeks),
        stressThreshold: asNumber(threshold),
        referralFollowUpDays: asNumber(followUpDays),
      });
      setWorkerName(saved.workerName);
      setWeeks(String(saved.attentionWeeks));
      setThreshold(String(saved.stressThreshold));
      setFollowUpDays(String(saved.referralFollowUpDays));
      setState({ phase: 'saved', issues: {} });
    } catch (caught) {
      const error = toApiCallError(caught);
      const issues: SaveState['issues'] = {};
      for (const issue of error.issues) {
        const field = issue.path[0];
        if (isField(field) && issues[field] === undefined) issues[field] = translateKey(i18n, issue.messageKey, 'invalidInput');
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
          ref={refs.workerName}
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
      <NumberSettingField
        id={`${id}-weeks`}
        before={t('work.attentionWeeksBefore')}
        after={t('work.attentionWeeksAfter')}
        hint={t('work.attentionWeeksHint')}
        error={state.issues.attentionWeeks}
        value={weeks}
        min={1}
        max={52}
        inputRef={refs.attentionWeeks}
        onChange={(value) => {
          setWeeks(value);
          edited();
        }}
      />
      <NumberSettingField
        id={`${id}-stress`}
        before={t('work.stressThreshold')}
        hint={t('work.stressThresholdHint')}
        error={state.issues.stressThreshold}
        value={threshold}
        min={1}
        max={10}
        inputRef={refs.stressThreshold}
        onChange={(value) => {
          setThreshold(value);
          edited();
        }}
      />
      <NumberSettingField
        id={`${id}-follow-up`}
        before={t('work.referralFollowUpBefore')}
        after={t('work.referralFollowUpAfter')}
        hint={t('work.referralFollowUpHint')}
        error={state.issues.referralFollowUpDays}
        value={followUpDays}
        min={1}
        max={90}
        inputRef={refs.referralFollowUpDays}
        onChange={(value) => {
          setFollowUpDays(value);
          edited();
        }}
      />
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
