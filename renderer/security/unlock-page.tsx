import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { translateKey } from '../i18n/error-message';
import { PassphraseField } from './passphrase-field';
import { issuesByField } from './passphrase-checks';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import './security.css';

export type UnlockMethod = 'passphrase' | 'recoveryKey' | 'keychain';

interface UnlockPageProps {
  /** `secret` is the recovery key as typed, for choosing a new passphrase right after; undefined otherwise. */
  onUnlocked: (method: UnlockMethod, secret?: string) => void;
  /** The worker turned on unlocking with their computer account, and this computer offers it. */
  keychainOffered?: boolean | undefined;
  /** The lock call is still on its way: unlocking now could overtake it. */
  locking?: boolean | undefined;
  /** Locking was refused or failed; the worker should know their data may still be open. */
  lockError?: ApiCallError | undefined;
}

/**
 * The only thing on screen while Verbind is locked: the passphrase (or, when it is forgotten, the
 * recovery key). A wrong one is said in words; the field is emptied and keeps focus for the next try.
 * Unlocking with the computer account is a button, never automatic: the lock was on purpose.
 */
export function UnlockPage({ onUnlocked, keychainOffered = false, locking = false, lockError }: UnlockPageProps) {
  const { t, i18n } = useTranslation('security');
  const api = useApi();
  const id = useId();
  const [method, setMethod] = useState<Exclude<UnlockMethod, 'keychain'>>('passphrase');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<{ secret?: string | undefined }>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [keychainRefusal, setKeychainRefusal] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstInvalid(problems);
  const secretRef = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('unlock.documentTitle'));

  const switchTo = (next: Exclude<UnlockMethod, 'keychain'>) => {
    setMethod(next);
    setSecret('');
    setProblems({});
    setFailure(undefined);
    setKeychainRefusal(undefined);
  };

  const unlockWithKeychain = async () => {
    if (busy || locking) return;
    setFailure(undefined);
    setKeychainRefusal(undefined);
    setProblems({});
    setBusy(true);
    try {
      await api.call('security.unlockWithKeychain', {});
      onUnlocked('keychain');
    } catch (caught) {
      const error = toApiCallError(caught);
      setBusy(false);
      if (error.code === 'unauthorised' || error.code === 'conflict') {
        // Both say "use your passphrase": put the worker there.
        setKeychainRefusal(translateKey(i18n, error.messageKey, error.code));
        secretRef.current?.focus();
      } else {
        setFailure(error);
      }
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || locking) return;
    setFailure(undefined);
    setKeychainRefusal(undefined);
    if (secret.trim() === '') {
      setProblems({ secret: method === 'passphrase' ? 'security:validation.passphraseRequired' : 'security:validation.recoveryKeyRequired' });
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      if (method === 'passphrase') {
        await api.call('security.unlock', { passphrase: secret });
        onUnlocked('passphrase');
      } else {
        await api.call('security.unlock', { recoveryKey: secret.trim() });
        onUnlocked('recoveryKey', secret.trim());
      }
    } catch (caught) {
      const error = toApiCallError(caught);
      setBusy(false);
      if (error.code === 'unauthorised') {
        // Emptied, so the next try starts clean and the wrong secret does not linger on screen.
        setSecret('');
        setProblems({ secret: error.messageKey });
        return;
      }
      const placed = issuesByField(error.issues, [method] as const)[method];
      if (placed !== undefined) setProblems({ secret: placed });
      else setFailure(error);
    }
  };

  const error = problems.secret === undefined ? undefined : translateKey(i18n, problems.secret, 'unauthorised');

  return (
    <main className="start-page">
      <div className="card start-card security-card">
        <h1>{t('unlock.title')}</h1>
        {lockError && (
          <div className="alert alert-error" role="alert">
            <p>{t('unlock.lockFailed')}</p>
          </div>
        )}
        <p>{method === 'passphrase' ? t('unlock.intro') : t('unlock.recoveryIntro')}</p>
        {keychainRefusal !== undefined && (
          <div className="alert alert-error" role="alert">
            <p>{keychainRefusal}</p>
          </div>
        )}
        <form ref={formRef} className="form security-form" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
          {method === 'passphrase' ? (
            <PassphraseField
              key="passphrase"
              id={`${id}-passphrase`}
              label={t('unlock.passphrase')}
              error={error}
              value={secret}
              visible={false}
              autoComplete="current-password"
              autoFocus
              readOnly={busy}
              inputRef={secretRef}
              onChange={setSecret}
            />
          ) : (
            <PassphraseField
              key="recoveryKey"
              id={`${id}-recovery-key`}
              label={t('unlock.recoveryKey')}
              hint={t('unlock.recoveryKeyHint')}
              error={error}
              value={secret}
              visible
              autoComplete="off"
              autoFocus
              readOnly={busy}
              inputRef={secretRef}
              className="input input-medium input-secret recovery-key-input"
              onChange={setSecret}
            />
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy || locking}>
              {t('unlock.submit')}
            </button>
            <p className="form-status" role="status">
              {busy ? t('unlock.busy') : locking ? t('unlock.locking') : ''}
            </p>
          </div>
          {failure && <ErrorAlert error={failure} />}
          {keychainOffered && method === 'passphrase' && (
            <p className="security-switch">
              <button type="button" className="button button-secondary" disabled={busy || locking} onClick={() => void unlockWithKeychain()}>
                {t('unlock.useKeychain')}
              </button>
            </p>
          )}
          <p className="security-switch">
            <button
              type="button"
              className="button button-link"
              onClick={() => switchTo(method === 'passphrase' ? 'recoveryKey' : 'passphrase')}
            >
              {method === 'passphrase' ? t('unlock.useRecoveryKey') : t('unlock.usePassphrase')}
            </button>
          </p>
        </form>
      </div>
    </main>
  );
}
