import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import type { ConsentPurpose } from '../../main/domain/privacy/consent-state';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { ErrorAlert } from '../components/error-alert';
import { FormActions } from '../components/form-actions';
import { RadioFieldset } from '../components/radio-fieldset';
import { translateKey } from '../i18n/error-message';
import { todayIso } from '../i18n/formatting';

type ConsentRecord = CallOutput<'privacy.recordConsent'>;
type Answer = 'given' | 'withdrawn';
type Field = 'date' | 'note';

/** Records one answer of the client for one purpose: yes or no, the day they said it, a short note. */
export function ConsentForm({
  clientId,
  purpose,
  initialAnswer,
  onSaved,
  onCancel,
}: {
  clientId: string;
  purpose: ConsentPurpose;
  initialAnswer: Answer;
  onSaved: (record: ConsentRecord) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('privacy');
  const api = useApi();
  const id = useId();
  const dateRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [answer, setAnswer] = useState<Answer>(initialAnswer);
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setErrors({});
    setFailure(undefined);
    try {
      const record = await api.call('privacy.recordConsent', { clientId, purpose, given: answer === 'given', date, note });
      onSaved(record);
    } catch (caught) {
      const error = toApiCallError(caught);
      setSaving(false);
      const found: Partial<Record<Field, string>> = {};
      for (const issue of error.issues) {
        const field = issue.path[0];
        if ((field === 'date' || field === 'note') && found[field] === undefined) found[field] = translateKey(i18n, issue.messageKey, 'invalidInput');
      }
      if (Object.keys(found).length === 0) {
        setFailure(error);
        return;
      }
      setErrors(found);
      (found.date !== undefined ? dateRef : noteRef).current?.focus();
    }
  };

  return (
    <form className="form" noValidate aria-label={t('consent.formTitle', { purpose: t(`purposes.${purpose}`) })} onSubmit={(event) => void submit(event)}>
      <RadioFieldset<Answer>
        id={`${id}-answer`}
        errorId={`${id}-answer-error`}
        legend={t('consent.answerLegend')}
        name={`${id}-answer`}
        options={['given', 'withdrawn']}
        value={answer}
        label={(option) => (option === 'given' ? t('consent.answerGiven') : t('consent.answerWithdrawn'))}
        onChange={setAnswer}
      />
      <FormRow id={`${id}-date`} label={t('consent.date')} required error={errors.date}>
        {(control) => <input {...control} ref={dateRef} className="input" type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
      </FormRow>
      <FormRow id={`${id}-note`} label={t('consent.note')} hint={t('consent.noteHint')} error={errors.note}>
        {(control) => <textarea {...control} ref={noteRef} className="input" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </FormRow>
      <FormActions saving={saving} saveLabel={t('consent.save')} cancelLabel={t('consent.cancel')} onCancel={onCancel} savingLabel={t('consent.saving')} />
      {failure && <ErrorAlert error={failure} />}
    </form>
  );
}
