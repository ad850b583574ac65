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

type Field = 'passphrase' | 'repeat' | 'understood';
type Problems = Partial<Record<Field, string>>;

/**
 * First start: what the passphrase protects, the passphrase twice, and the worker's word that they
 * understand nobody can recover the data without it or the recovery key. The main process answers
 * with the recovery key, which goes straight to `onDone` and is kept nowhere here.
 */
export function SetupPage({ hasUnencryptedData, onDone }: { hasUnencryptedData: boolean; onDone: (recoveryKey: string) => void }) {
  const { t, i18n } = useTranslation('security');
  const api = useApi();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstInvalid(problems);
  useDocumentTitle(t('setup.documentTitle'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(undefined);
    const local: Problems = {
      ...newPassphrasePairProblems(passphrase, repeat),
      understood: understood ? undefined : 'security:validation.understoodRequired',
    };
    setProblems(local);
    if (hasAny(local)) return;
    setBusy(true);
    try {
      const { recoveryKey } = await api.call('security.setup', { passphrase, understood: true });
      onDone(recoveryKey);
    } catch (caught) {
      const error = toApiCallError(caught);
      setBusy(false);
      const placed = issuesByField(error.issues, ['passphrase', 'understood'] as const);
      if (hasAny(placed)) setProblems(placed);
      else setFailure(error);
    }
  };

  const message = (field: Field) => {
    const key = problems[field];
    return key === undefined ? undefined : translateKey(i18n, key, 'invalidInput');
  };
  const understoodError = message('understood');

  return (
    <main className="start-page">
      <div className="card start-card security-card">
        <h1>{t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
        <p>{t('setup.sentenceTip')}</p>
        {hasUnencryptedData && <p className="banner-text">{t('setup.unencryptedNote')}</p>}
        <form ref={formRef} className="form security-form" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
          <NewPassphraseFields
            id={id}
            texts={{ passphrase: t('setup.passphrase'), hint: t('setup.passphraseHint', { min: minPassphraseLength }), repeat: t('setup.repeat'), show: t('setup.show') }}
            errors={{ passphrase: message('passphrase'), repeat: message('repeat') }}
            passphrase={passphrase}
            repeat={repeat}
            visible={visible}
            busy={busy}
            autoFocus
            onPassphrase={setPassphrase}
            onRepeat={setRepeat}
            onVisible={setVisible}
          />
          <div className={understoodError === undefined ? 'field' : 'field field-invalid'}>
            {understoodError !== undefined && (
              <p id={`${id}-understood-error`} className="field-error" role="alert">
                {understoodError}
              </p>
            )}
            <label className="checkbox security-understood">
              <input
                type="checkbox"
                checked={understood}
                disabled={busy}
                aria-invalid={understoodError !== undefined}
                aria-describedby={understoodError === undefined ? undefined : `${id}-understood-error`}
                onChange={(event) => setUnderstood(event.target.checked)}
              />
              {t('setup.understood')}
            </label>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('setup.submit')}
            </button>
            <p className="form-status" role="status">
              {busy ? t('setup.busy') : ''}
            </p>
          </div>
          {failure && <ErrorAlert error={failure} />}
        </form>
      </div>
    </main>
  );
}
