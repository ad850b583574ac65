import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ClientStatus, CloseReason } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { Dialog } from '../components/dialog';
import { translateError, translateKey } from '../i18n/error-message';
import { closeReasons, nextStatuses } from './client-choices';

interface StatusDialogProps {
  client: Client;
  onClose: () => void;
  onChanged: (client: Client) => void;
  /** After a conflict: fetch the latest client (the dialog stays open on it). */
  onReload: () => void;
}

/**
 * Moves the client one step along their path. Only the steps the main process allows are offered;
 * closing asks why. A note can go with any step and is kept in the history.
 */
export function StatusDialog({ client, onClose, onChanged, onReload }: StatusDialogProps) {
  const { t, i18n } = useTranslation('clients');
  const api = useApi();
  const statusLegendId = useId();
  const reasonLegendId = useId();
  const noteId = useId();
  const problemId = useId();
  const [to, setTo] = useState<ClientStatus | undefined>();
  const [reason, setReason] = useState<CloseReason | undefined>();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'to' | 'reason' | undefined>();
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [saving, setSaving] = useState(false);
  const options = nextStatuses(client.status);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setFailure(undefined);
    if (to === undefined) {
      setProblem('to');
      document.getElementById(`${statusLegendId}-first`)?.focus();
      return;
    }
    if (to === 'closed' && reason === undefined) {
      setProblem('reason');
      document.getElementById(`${reasonLegendId}-first`)?.focus();
      return;
    }
    setProblem(undefined);
    setSaving(true);
    try {
      const trimmed = note.trim();
      const updated = await api.call('clients.changeStatus', {
        id: client.id,
        expectedUpdatedAt: client.updatedAt,
        to,
        ...(to === 'closed' && reason !== undefined ? { reason } : {}),
        ...(trimmed === '' ? {} : { note: trimmed }),
      });
      onChanged(updated);
    } catch (caught) {
      setSaving(false);
      setFailure(toApiCallError(caught));
    }
  };

  const problemText =
    problem === 'to' ? t('statusDialog.chooseStatus') : problem === 'reason' ? translateKey(i18n, 'clients:status.refused.reasonRequired') : undefined;

  return (
    <Dialog title={t('statusDialog.title')} onClose={onClose} className="status-dialog">
      <p>{t('statusDialog.current', { status: t(`status.${client.status}`) })}</p>
      {failure !== undefined && (
        <div className="alert alert-error" role="alert">
          <h3>{t('statusDialog.notSavedTitle')}</h3>
          <p>{translateError(i18n, failure)}</p>
          {failure.code === 'conflict' && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setFailure(undefined);
                onReload();
              }}
            >
              {t('statusDialog.reload')}
            </button>
          )}
        </div>
      )}
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={saving}>
        <fieldset
          className={problem === 'to' ? 'radio-group field-invalid' : 'radio-group'}
          aria-describedby={problem === 'to' ? problemId : undefined}
        >
          <legend id={statusLegendId}>{t('statusDialog.to')}</legend>
          {problem === 'to' && (
            <p id={problemId} className="field-error">
              {problemText}
            </p>
          )}
          {options.map((status, index) => (
            <label key={status} className="radio">
              <input
                type="radio"
                name="to"
                id={index === 0 ? `${statusLegendId}-first` : undefined}
                value={status}
                checked={to === status}
                onChange={() => {
                  setTo(status);
                  if (problem === 'to') setProblem(undefined);
                }}
              />
              {t(`status.${status}`)}
            </label>
          ))}
        </fieldset>
        {to === 'closed' && (
          <fieldset
            className={problem === 'reason' ? 'radio-group field-invalid' : 'radio-group'}
            aria-describedby={problem === 'reason' ? problemId : undefined}
          >
            <legend id={reasonLegendId}>{t('statusDialog.reason')}</legend>
            {problem === 'reason' && (
              <p id={problemId} className="field-error">
                {problemText}
              </p>
            )}
            {closeReasons.map((option, index) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name="reason"
                  id={index === 0 ? `${reasonLegendId}-first` : undefined}
                  value={option}
                  checked={reason === option}
                  onChange={() => {
                    setReason(option);
                    if (problem === 'reason') setProblem(undefined);
                  }}
                />
                {t(`closeReasons.${option}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="field dialog-field">
          <label htmlFor={noteId}>{t('statusDialog.note')}</label>
          <textarea id={noteId} className="input" rows={3} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('statusDialog.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('statusDialog.cancel')}
          </button>
          <p className="form-status" role="status">
            {saving ? t('statusDialog.saving') : ''}
          </p>
        </div>
      </form>
    </Dialog>
  );
}
