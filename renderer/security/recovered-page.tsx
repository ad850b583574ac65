import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minPassphraseLength } from '../../main/domain/security/passphrase-rules';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { translateKey } from '../i18n/error-message';
import { NewPassphraseFields } from './new-passphrase-fields';
import { hasAny, issuesByField, newPassphrasePairProblems } from './passphrase-checks';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import './security.css';

type Field = 'next' | 'repeat';
type Problems = Partial<Record<Field, string>>;

interface RecoveredPageProps {
  /** The key the worker just unlocked with: it proves the change, as the forgotten passphrase cannot. */
  recoveryKey: string;
  onContinue: () => void;
}

/**
 * After unlocking with the recovery key: most workers got here because they forgot their passphrase,
 * so this offers a new one at once, proven by the recovery key they just typed. "Not now" goes on
 * without changing anything.
 */
export function RecoveredPage({ recoveryKey, onContinue }: RecoveredPageProps) {
  const { t, i18n } = useTranslation('security');
  const api = useApi();
  const id = useId();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [phase, setPhase] = useState<'idle' | 'busy' | 'done'>('idle');
  const formRef = useFocusFirstInvalid(problems);
  const busy = phase === 'busy';
  useDocumentTitle(t('recovered.documentTitle'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(undefined);
    const pair = newPassphrasePairProblems(next, repeat);
    const local: Problems = { next: pair.passphrase, repeat: pair.repeat };
    setProblems(local);
    if (hasAny(local)) return;
    setPhase('busy');
    try {
      await api.call('security.changePassphrase', { recoveryKey, next });
      setNext('');
      setRepeat('');
      setVisible(false);
      setPhase('done');
    } catch (caught) {
      const error = toApiCallError(caught);
      setPhase('idle');
      const placed = issuesByField(error.issues, ['next'] as const);
      if (hasAny(placed)) setProblems(placed);
      else setFailure(error);
    }
  };

  const message = (field: Field) => {
    const key = problems[field];
    return key === undefined ? undefined : translateKey(i18n, key, 'invalidInput');
  };

  return (
    <main className="start-page">
      <div className="card start-card security-card">
        <h1>{t('recovered.title')}</h1>
        {phase !== 'done' && (
          <>
            <p>{t('recovered.text')}</p>
            <p>{t('recovered.noPassphrase')}</p>
            <form
              ref={formRef}
              className="form security-form"
              noValidate
              aria-labelledby={`${id}-title`}
              aria-busy={busy}
              onSubmit={(event) => void submit(event)}
            >
              <h2 id={`${id}-title`}>{t('recovered.formTitle')}</h2>
              <NewPassphraseFields
                id={id}
                texts={{ passphrase: t('change.next'), hint: t('change.nextHint', { min: minPassphraseLength }), repeat: t('change.repeat'), show: t('change.show') }}
                errors={{ passphrase: message('next'), repeat: message('repeat') }}
                passphrase={next}
                repeat={repeat}
                visible={visible}
                busy={busy}
                autoFocus
                onPassphrase={setNext}
                onRepeat={setRepeat}
                onVisible={setVisible}
              />
              <div className="button-row">
                <button type="submit" className="button button-primary" disabled={busy}>
                  {t('recovered.submit')}
                </button>
                <button type="button" className="button button-secondary" disabled={busy} onClick={onContinue}>
                  {t('recovered.later')}
                </button>
              </div>
              {failure && <ErrorAlert error={failure} />}
            </form>
          </>
        )}
        <p className="form-status" role="status">
          {busy ? t('change.busy') : phase === 'done' ? t('recovered.done') : ''}
        </p>
        {phase === 'done' && (
          <div className="button-row">
            {/* The only action left, so Enter continues at once. */}
            <button type="button" className="button button-primary" autoFocus onClick={onContinue}>
              {t('recovered.continue')}
            </button>
          </div>
        )}
      </div>
    </main>
  );
}
