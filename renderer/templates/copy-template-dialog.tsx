import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeTemplate } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { Dialog } from '../components/dialog';
import { FormActions } from '../components/form-actions';
import { ProblemAlert } from '../programme/problem-alert';

/** "Kopiëren": the copy's name in both languages, then the copy opens to be adapted. */
export function CopyTemplateDialog({
  template,
  onClose,
  onCopied,
}: {
  template: ProgrammeTemplate;
  onClose: () => void;
  onCopied: (copy: ProgrammeTemplate) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const api = useApi();
  const ids = { body: useId(), nl: useId(), en: useId() };
  const [name, setName] = useState(() => ({
    nl: i18n.getFixedT('nl', 'programme')('template.copyDefault', { name: template.name.nl }),
    en: i18n.getFixedT('en', 'programme')('template.copyDefault', { name: template.name.en }),
  }));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      onCopied(await api.call('programme.duplicateTemplate', { id: template.id, name }));
    } catch (error) {
      setFailure(toApiCallError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('template.copyTitle')} onClose={onClose} describedBy={ids.body}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p id={ids.body}>{t('template.copyBody')}</p>
        <div className="field dialog-field">
          <label htmlFor={ids.nl}>{t('template.copyNameNl')}</label>
          <input
            id={ids.nl}
            lang="nl"
            className="input"
            maxLength={120}
            value={name.nl}
            onChange={(event) => setName((previous) => ({ ...previous, nl: event.target.value }))}
          />
        </div>
        <div className="field dialog-field">
          <label htmlFor={ids.en}>{t('template.copyNameEn')}</label>
          <input
            id={ids.en}
            lang="en"
            className="input"
            maxLength={120}
            value={name.en}
            onChange={(event) => setName((previous) => ({ ...previous, en: event.target.value }))}
          />
        </div>
        {failure && <ProblemAlert error={failure} />}
        <FormActions saving={busy} saveLabel={t('template.copyConfirm')} cancelLabel={t('template.cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
