import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { useRouter } from '../router/router';

type Counts = CallOutput<'privacy.erasePreview'>['counts'];
const countOrder: readonly (keyof Counts)[] = ['contacts', 'agreements', 'appointments', 'programmeRuns', 'sessions', 'sessionNotes', 'measurements', 'referrals', 'consents'];

/**
 * The question before erasing: what will go (counted), how many backups hold the client, and the
 * client's full name typed by the worker, so a hurried click can never erase the wrong person.
 */
function EraseDialog({ clientId, name, onClose, onErased }: { clientId: string; name: string; onClose: () => void; onErased: () => void }) {
  const { t, i18n } = useTranslation('privacy');
  const api = useApi();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const preview = useCall('privacy.erasePreview', { clientId });
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [issue, setIssue] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setIssue(undefined);
    setFailure(undefined);
    try {
      await api.call('privacy.erase', { clientId, confirmName: typed });
      onErased();
    } catch (caught) {
      const error = toApiCallError(caught);
      setBusy(false);
      const nameIssue = error.issues.find((candidate) => candidate.path[0] === 'confirmName');
      if (nameIssue === undefined) {
        setFailure(error);
        return;
      }
      setIssue(translateKey(i18n, nameIssue.messageKey, 'invalidInput'));
      inputRef.current?.focus();
    }
  };

  const value = preview.value;
  const describedBy = [issue === undefined ? '' : `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <Dialog title={t('erase.dialogTitle', { name })} onClose={onClose} role="alertdialog" describedBy={`${id}-what`} initialFocus={inputRef}>
      <div id={`${id}-what`}>
        {preview.status === 'error' && <ErrorAlert error={preview.error} onRetry={preview.reload} />}
        {value === undefined && preview.status === 'loading' && <p role="status">{t('erase.loading')}</p>}
        {value !== undefined && (
          <>
            <p>{t('erase.willGo')}</p>
            <ul className="erase-counts">
              <li>{t('erase.personal')}</li>
              {countOrder.filter((key) => value.counts[key] > 0).map((key) => (
                <li key={key}>{t(`erase.counts.${key}`, { count: value.counts[key] })}</li>
              ))}
            </ul>
            <p>{value.backups === 0 ? t('erase.backupsNone') : t('erase.backups', { count: value.backups })}</p>
          </>
        )}
      </div>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className={issue === undefined ? 'field' : 'field field-invalid'}>
          <label htmlFor={`${id}-name`}>{t('erase.typeName', { name })}</label>
          <input
            ref={inputRef}
            id={`${id}-name`}
            className="input"
            autoComplete="off"
            value={typed}
            aria-invalid={issue !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => setTyped(event.target.value)}
          />
          {issue !== undefined && (
            <p id={`${id}-error`} className="field-error">
              {issue}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('erase.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy || typed.trim() === ''}>
            {busy ? t('erase.busy') : t('erase.confirm')}
          </button>
        </div>
        {failure && <ErrorAlert error={failure} />}
      </form>
    </Dialog>
  );
}

/** "Cliënt volledig verwijderen": what it means, and the button that opens the question. */
export function EraseSection({ clientId, name }: { clientId: string; name: string }) {
  const { t } = useTranslation('privacy');
  const { navigate } = useRouter();
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('erase.title')}</h2>
      <p>{t('erase.intro')}</p>
      <button type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => setAsking(true)}>
        {t('erase.button')}
      </button>
      {asking && (
        <EraseDialog
          clientId={clientId}
          name={name}
          onClose={() => setAsking(false)}
          // The file no longer exists: back to the caseload, where the client is gone too.
          onErased={() => navigate({ name: 'caseload' }, { replace: true })}
        />
      )}
    </section>
  );
}
