import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { LogoField } from './logo-field';
import { TextSettingField } from './text-setting-field';

type TextField = 'organisationName' | 'organisationAddress' | 'organisationPhone' | 'organisationEmail' | 'workerRole' | 'workerPhone' | 'workerEmail';
type Field = TextField | 'organisationLogo';

/** The same limits as main's preferences schema; the input stops there, main checks again. */
const textFields: ReadonlyArray<{ field: TextField; max: number; type?: string; autoComplete?: string; multiline?: boolean; hint?: 'organisationAddressHint' | 'workerRoleHint' | 'senderHint' }> = [
  { field: 'organisationName', max: 150, autoComplete: 'organization' },
  { field: 'organisationAddress', max: 300, multiline: true, hint: 'organisationAddressHint' },
  { field: 'organisationPhone', max: 40, type: 'tel' },
  { field: 'organisationEmail', max: 200, type: 'email' },
  { field: 'workerRole', max: 100, autoComplete: 'organization-title', hint: 'workerRoleHint' },
  { field: 'workerPhone', max: 40, type: 'tel', hint: 'senderHint' },
  { field: 'workerEmail', max: 200, type: 'email' },
];
const fields: readonly Field[] = [...textFields.map((entry) => entry.field), 'organisationLogo'];
const isField = (value: unknown): value is Field => (fields as readonly unknown[]).includes(value);
const maxOf = (field: Field) => textFields.find((entry) => entry.field === field)?.max;

type Values = Pick<Preferences, Field>;

interface SaveState {
  phase: 'idle' | 'saving' | 'saved';
  issues: Partial<Record<Field, string>>;
  error?: ApiCallError | undefined;
}

const pick = (preferences: Values): Values => Object.fromEntries(fields.map((field) => [field, preferences[field]])) as Values;

/**
 * Who sends the documents Verbind makes: the organisation's name, address, phone, email and logo,
 * and the worker's role and direct contact details. Saved together; main's refusals show beside
 * the fields, a wrong logo file is refused before it is sent.
 */
export function OrganisationSettingsForm({ initial }: { initial: Values }) {
  const { t, i18n } = useTranslation('settings');
  const api = useApi();
  const id = useId();
  const [values, setValues] = useState<Values>(() => pick(initial));
  const [stored, setStored] = useState<Values>(() => pick(initial));
  const [state, setState] = useState<SaveState>({ phase: 'idle', issues: {} });
  const refs = useRef<Partial<Record<Field, HTMLElement | null>>>({});
  const focusFirstIssue = useRef(false);

  useEffect(() => {
    if (!focusFirstIssue.current) return;
    focusFirstIssue.current = false;
    const first = fields.find((field) => state.issues[field] !== undefined);
    if (first !== undefined) refs.current[first]?.focus();
  }, [state.issues]);

  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setState((current) => ({ phase: 'idle', issues: { ...current.issues, [field]: undefined } }));
  };

  const issueText = (field: Field, messageKey: string) => {
    const max = maxOf(field);
    // Main's "too long" names no limit; the limit differs per field, so it is said here.
    if (messageKey === 'settings:validation.tooLong' && max !== undefined) return t('validation.tooLongMax', { max });
    return translateKey(i18n, messageKey, 'invalidInput');
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setState({ phase: 'saving', issues: {} });
    try {
      const saved = pick(await api.call('preferences.update', values));
      setValues(saved);
      setStored(saved);
      setState({ phase: 'saved', issues: {} });
    } catch (caught) {
      const error = toApiCallError(caught);
      const issues: SaveState['issues'] = {};
      for (const issue of error.issues) {
        const field = issue.path[0];
        if (isField(field) && issues[field] === undefined) issues[field] = issueText(field, issue.messageKey);
      }
      focusFirstIssue.current = true;
      setState({ phase: 'idle', issues, error: Object.keys(issues).length === 0 ? error : undefined });
    }
  };

  return (
    <form className="form settings-form" noValidate onSubmit={(event) => void save(event)}>
      <p className="section-intro">{t('organisation.intro')}</p>
      {textFields.map(({ field, max, type, autoComplete, multiline, hint }) => (
        <TextSettingField
          key={field}
          id={`${id}-${field}`}
          label={t(`organisation.${field}`)}
          hint={hint === undefined ? undefined : t(`organisation.${hint}`)}
          error={state.issues[field]}
          value={values[field]}
          maxLength={max}
          type={type}
          autoComplete={autoComplete}
          multiline={multiline}
          inputRef={(element) => {
            refs.current[field] = element;
          }}
          onChange={(value) => change(field, value)}
        />
      ))}
      <LogoField
        value={values.organisationLogo}
        stored={stored.organisationLogo}
        error={state.issues.organisationLogo}
        inputRef={(element) => {
          refs.current.organisationLogo = element;
        }}
        onChange={(dataUrl) => change('organisationLogo', dataUrl)}
        onRefused={(reason) =>
          setState((current) => ({
            phase: 'idle',
            issues: {
              ...current.issues,
              organisationLogo: reason === 'unreadable' ? t('organisation.logoUnreadable') : t(`validation.${reason === 'tooLarge' ? 'logoTooLarge' : 'logoType'}`),
            },
          }))
        }
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
          {state.phase === 'saving' ? t('organisation.saving') : t('organisation.save')}
        </button>
        <p className="form-status" role="status">
          {state.phase === 'saved' ? t('organisation.saved') : ''}
        </p>
      </div>
      {state.error && <ErrorAlert error={state.error} />}
    </form>
  );
}
