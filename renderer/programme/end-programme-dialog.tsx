import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeRun } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { Dialog } from '../components/dialog';
import { FormActions } from '../components/form-actions';
import { ErrorAlert } from '../components/error-alert';

type EndStatus = 'finished' | 'stopped';

/** "Programma afronden": finished as planned, or stopped early. */
export function EndProgrammeDialog({
  clientId,
  run,
  onClose,
  onEnded,
}: {
  clientId: string;
  run: ProgrammeRun;
  onClose: () => void;
  onEnded: (run: ProgrammeRun) => void;
}) {
  const { t } = useTranslation('programme');
  const api = useApi();
  const bodyId = useId();
  const name = useId();
  const [status, setStatus] = useState<EndStatus>('finished');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      onEnded(await api.call('programme.end', { clientId, runId: run.id, status }));
    } catch (error) {
      setFailure(toApiCallError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('client.endTitle')} onClose={onClose} describedBy={bodyId}>
      <form onSubmit={(event) => void submit(event)}>
        <p id={bodyId}>{t('client.endBody')}</p>
        <fieldset className="radio-group dialog-field">
          <legend>{t('client.endStatus')}</legend>
          {(['finished', 'stopped'] as const).map((choice) => (
            <label key={choice} className="radio">
              <input type="radio" name={name} value={choice} checked={status === choice} onChange={() => setStatus(choice)} />
              {choice === 'finished' ? t('client.endFinished') : t('client.endStopped')}
            </label>
          ))}
        </fieldset>
        {failure && <ErrorAlert error={failure} />}
        <FormActions saving={busy} saveLabel={t('client.endConfirm')} cancelLabel={t('client.cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
