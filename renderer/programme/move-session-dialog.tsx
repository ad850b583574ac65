import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { Dialog } from '../components/dialog';
import { FormActions } from '../components/form-actions';
import { ErrorAlert } from '../components/error-alert';
import { isoToLocalInputValue, localInputToIso } from '../components/local-date-time';

/** Moves one planned session to another day or time; the others stay where they are. */
export function MoveSessionDialog({
  clientId,
  runId,
  record,
  onClose,
  onMoved,
}: {
  clientId: string;
  runId: string;
  record: SessionRecord;
  onClose: () => void;
  onMoved: (moved: SessionRecord) => void;
}) {
  const { t } = useTranslation('programme');
  const api = useApi();
  const id = useId();
  const [value, setValue] = useState(() => isoToLocalInputValue(record.plannedAt));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const plannedAt = localInputToIso(value);
    setInvalid(plannedAt === undefined);
    if (plannedAt === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      onMoved(await api.call('programme.moveSession', { clientId, runId, session: record.number, plannedAt }));
    } catch (error) {
      setFailure(toApiCallError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('sessions.moveTitle', { number: record.number })} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={invalid ? 'field dialog-field field-invalid' : 'field dialog-field'}>
          <label htmlFor={id}>{t('sessions.moveField')}</label>
          <p className="field-hint" id={`${id}-hint`}>
            {t('sessions.moveHint')}
          </p>
          <input
            id={id}
            type="datetime-local"
            className="input"
            value={value}
            required
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(event) => setValue(event.target.value)}
          />
          {invalid && (
            <p className="field-error" id={`${id}-error`}>
              {t('validation.dateTimeInvalid')}
            </p>
          )}
        </div>
        {failure && <ErrorAlert error={failure} />}
        <FormActions saving={busy} saveLabel={t('sessions.moveConfirm')} cancelLabel={t('client.cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
