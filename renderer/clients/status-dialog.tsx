import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ClientStatus, CloseReason } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { Dialog } from '../components/dialog';
import { FormActions } from '../components/form-actions';
import { firstRadioId, RadioFieldset } from '../components/radio-fieldset';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { translateKey } from '../i18n/error-message';
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
      document.getElementById(firstRadioId(statusLegendId))?.focus();
      return;
    }
    if (to === 'closed' && reason === undefined) {
      setProblem('reason');
      document.getElementById(firstRadioId(reasonLegendId))?.focus();
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

  return (
    <Dialog title={t('statusDialog.title')} onClose={onClose} className="status-dialog">
      <p>{t('statusDialog.current', { status: t(`status.${client.status}`) })}</p>
      {failure !== undefined && (
        <SaveFailureAlert
          failure={failure}
          heading="h3"
          notSavedTitle={t('statusDialog.notSavedTitle')}
          reloadLabel={t('statusDialog.reload')}
          onReload={() => {
            setFailure(undefined);
            onReload();
          }}
        />
      )}
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={saving}>
        <RadioFieldset
          id={statusLegendId}
          legend={t('statusDialog.to')}
          name="to"
          options={options}
          value={to}
          label={(status) => t(`status.${status}`)}
          onChange={(status) => {
            setTo(status);
            if (problem === 'to') setProblem(undefined);
          }}
          error={problem === 'to' ? t('statusDialog.chooseStatus') : undefined}
          errorId={problemId}
        />
        {to === 'closed' && (
          <RadioFieldset
            id={reasonLegendId}
            legend={t('statusDialog.reason')}
            name="reason"
            options={closeReasons}
            value={reason}
            label={(option) => t(`closeReasons.${option}`)}
            onChange={(option) => {
              setReason(option);
              if (problem === 'reason') setProblem(undefined);
            }}
            error={problem === 'reason' ? translateKey(i18n, 'clients:status.refused.reasonRequired') : undefined}
            errorId={problemId}
          />
        )}
        <div className="field dialog-field">
          <label htmlFor={noteId}>{t('statusDialog.note')}</label>
          <textarea id={noteId} className="input" rows={3} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <FormActions
          saving={saving}
          saveLabel={t('statusDialog.save')}
          cancelLabel={t('statusDialog.cancel')}
          onCancel={onClose}
          savingLabel={t('statusDialog.saving')}
        />
      </form>
    </Dialog>
  );
}
