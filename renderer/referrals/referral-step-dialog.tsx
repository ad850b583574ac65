import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../../main/api/api-types';
import { stepRefusal } from '../../main/domain/referrals/referral-steps';
import { useApi } from '../api/api-context';
import { FormRow } from '../clients/form-row';
import { Dialog } from '../components/dialog';
import { FormActions } from '../components/form-actions';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { submitOnCtrlEnter } from '../components/submit-shortcut';
import { useEntityForm } from '../components/use-entity-form';
import { translateKey } from '../i18n/error-message';
import { formatDate, todayIso } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { isLocalDate } from '../router/routes';

interface ReferralStepDialogProps {
  clientId: string;
  referral: Referral;
  /** One of the steps the pipeline allows from the referral's status. */
  to: ReferralStatus;
  onClose: () => void;
  onMoved: (referral: Referral) => void;
  /** After a conflict: load the referrals again (the dialog closes; the worker starts from what is stored). */
  onReload: () => void;
}

/** A problem as a key with its values (the earliest allowed day, today). */
type StepErrors = Partial<Record<'on' | 'note', { key: string; params?: Record<string, string> }>>;
type StepReady = { ok: true; on: string; note: string | undefined };

/** One step along the referral's way, dated (today unless the worker says otherwise) with an optional note. */
export function ReferralStepDialog({ clientId, referral, to, onClose, onMoved, onReload }: ReferralStepDialogProps) {
  const { t, i18n } = useTranslation('referrals');
  const api = useApi();
  const idPrefix = useId();
  const today = todayIso();
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const language = currentLanguage(i18n);

  const { formRef, errors, failure, saving, submit } = useEntityForm<StepErrors, StepReady, Referral>({
    // The same rule as the main process (not before the previous step, not in the future), said here first.
    check: () => {
      if (!isLocalDate(on)) return { ok: false, errors: { on: { key: 'referrals:validation.dateInvalid' } } };
      const refusal = stepRefusal(referral, { to, on }, today);
      if (refusal?.field === 'on') return { ok: false, errors: { on: { key: refusal.messageKey, params: refusal.params } } };
      const trimmed = note.trim();
      return { ok: true, on, note: trimmed === '' ? undefined : trimmed };
    },
    save: (ready) =>
      api.call('referrals.move', {
        clientId,
        referralId: referral.id,
        expectedUpdatedAt: referral.updatedAt,
        step: ready.note === undefined ? { to, on: ready.on } : { to, on: ready.on, note: ready.note },
      }),
    onSaved: onMoved,
    // A date refused with values (the earliest day) is left to the failure alert, which has them.
    placeIssues: (issues) => {
      const placed: StepErrors = {};
      for (const issue of issues) {
        const field = issue.path[0] === 'step' ? issue.path[1] : undefined;
        const needsValues = issue.messageKey.startsWith('referrals:validation.stepDate');
        if ((field === 'on' || field === 'note') && !needsValues) placed[field] ??= { key: issue.messageKey };
      }
      return placed;
    },
  });
  const errorText = (field: keyof StepErrors) => {
    const problem = errors[field];
    if (problem === undefined) return undefined;
    // Days in words, as everywhere else: "3 maart 2025", not 2025-03-03.
    const params = Object.fromEntries(
      Object.entries(problem.params ?? {}).map(([name, value]) => [name, isLocalDate(value) ? formatDate(value, language) : value]),
    );
    return translateKey(i18n, problem.key, 'validation.invalid', params);
  };

  const status = t(`statuses.${to}`);
  return (
    <Dialog title={t('stepDialog.title', { status, name: referral.destination.name })} onClose={onClose} className="step-dialog">
      <p>{t('stepDialog.current', { status: t(`statuses.${referral.status}`) })}</p>
      {failure !== undefined && (
        <SaveFailureAlert
          failure={failure}
          heading="h3"
          notSavedTitle={t('stepDialog.notSavedTitle')}
          conflictTitle={t('form.conflictTitle')}
          reloadLabel={t('form.reload')}
          onReload={onReload}
        />
      )}
      <form ref={formRef} noValidate aria-busy={saving} onSubmit={(event) => void submit(event)} onKeyDown={submitOnCtrlEnter(submit)}>
        <FormRow id={`${idPrefix}-on`} label={t('stepDialog.on')} required error={errorText('on')}>
          {(control) => (
            <input
              {...control}
              className="input input-date"
              type="date"
              max={today}
              value={on}
              onChange={(event) => setOn(event.target.value)}
            />
          )}
        </FormRow>
        <FormRow id={`${idPrefix}-note`} label={t('stepDialog.note')} hint={t(`stepDialog.noteHints.${to}`)} error={errorText('note')}>
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </FormRow>
        <FormActions
          saving={saving}
          saveLabel={t('stepDialog.save', { status })}
          cancelLabel={t('stepDialog.cancel')}
          onCancel={onClose}
          savingLabel={t('form.saving')}
        />
      </form>
    </Dialog>
  );
}
