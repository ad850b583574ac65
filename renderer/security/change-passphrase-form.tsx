import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minPassphraseLength } from '../../main/domain/security/passphrase-rules';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { NewPassphraseFields } from './new-passphrase-fields';
import { PassphraseField } from './passphrase-field';
import { hasAny, issuesByField, newPassphrasePairProblems } from './passphrase-checks';
import { useFocusFirstInvalid } from './use-focus-first-invalid';

type Field = 'current' | 'next' | 'repeat';
type Problems = Partial<Record<Field, string>>;

/**
 * A new passphrase, with the current one asked again (someone at an unlocked laptop must not be able
 * to take it over). Only the key's wrapping changes, so this is as quick as unlocking; the recovery
 * key keeps working.
 */
export function ChangePassphraseForm() {
  const { t, i18n } = useTranslation('security');
  const api = useApi();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [phase, setPhase] = useState<'idle' | 'busy' | 'done'>('idle');
  const formRef = useFocusFirstInvalid(problems);
  const busy = phase === 'busy';

  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (phase === 'done') setPhase('idle');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(undefined);
    const pair = newPassphrasePairProblems(next, repeat);
    const local: Problems = {
      current: current === '' ? 'security:validation.passphraseRequired' : undefined,
      next: pair.passphrase,
      repeat: pair.repeat,
    };
    setProblems(local);
    if (hasAny(local)) {
      setPhase('idle');
      return;
    }
    setPhase('busy');
    try {
      await api.call('security.changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setVisible(false);
      setPhase('done');
    } catch (caught) {
      const error = toApiCallError(caught);
      setPhase('idle');
      if (error.code === 'unauthorised') {
        setCurrent('');
        setProblems({ current: error.messageKey });
        return;
      }
      const placed = issuesByField(error.issues, ['current', 'next'] as const);
      if (hasAny(placed)) setProblems(placed);
      else setFailure(error);
    }
  };

  const message = (field: Field) => {
    const key = problems[field];
    return key === undefined ? undefined : translateKey(i18n, key, field === 'current' ? 'unauthorised' : 'invalidInput');
  };

  return (
    <form
      ref={formRef}
      className="form security-form"
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`}>{t('change.title')}</h3>
      <p className="form-note">{t('change.intro')}</p>
      <PassphraseField
        id={`${id}-current`}
        label={t('change.current')}
        error={message('current')}
        value={current}
        visible={visible}
        autoComplete="current-password"
        readOnly={busy}
        onChange={edited(setCurrent)}
      />
      <NewPassphraseFields
        id={id}
        texts={{ passphrase: t('change.next'), hint: t('change.nextHint', { min: minPassphraseLength }), repeat: t('change.repeat'), show: t('change.show') }}
        errors={{ passphrase: message('next'), repeat: message('repeat') }}
        passphrase={next}
        repeat={repeat}
        visible={visible}
        busy={busy}
        onPassphrase={edited(setNext)}
        onRepeat={edited(setRepeat)}
        onVisible={setVisible}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('change.submit')}
        </button>
        <p className="form-status" role="status">
          {busy ? t('change.busy') : phase === 'done' ? t('change.done') : ''}
        </p>
      </div>
      {failure && <ErrorAlert error={failure} />}
    </form>
  );
}
