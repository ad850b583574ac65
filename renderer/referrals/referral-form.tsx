import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../main/api/api-types';
import { shareItems } from '../../main/domain/referrals/referral-status';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { FormRow } from '../clients/form-row';
import { CheckboxFieldset } from '../components/checkbox-fieldset';
import { FormActions } from '../components/form-actions';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { submitOnCtrlEnter } from '../components/submit-shortcut';
import { useEntityForm } from '../components/use-entity-form';
import { translateKey } from '../i18n/error-message';
import { todayIso } from '../i18n/formatting';
import { DestinationPicker } from './destination-picker';
import { FitWarnings } from './fit-warnings';
import {
  destinationInput,
  errorsFromReferralIssues,
  firstInvalidReferralField,
  newReferralValues,
  toReferralInput,
  valuesFromReferral,
  type FreeDestinationValues,
  type ReferralBinding,
  type ReferralErrors,
  type ReferralFormField,
  type ReferralReady,
  type ReferralValues,
} from './referral-form-values';
import { useFitCheck } from './use-fit-check';

interface ReferralFormProps {
  clientId: string;
  /** The open referral being changed; absent for a new one. */
  referral?: Referral | undefined;
  /** After a save; `message` is what the worker is told. */
  onSaved: (referral: Referral, message: string) => void;
  onCancel: () => void;
  /** Edit only: fetch the latest version after a conflict. */
  onReload?: (() => void) | undefined;
  /** The id of the heading that names the form. */
  labelledBy: string;
}

/**
 * Planning a referral, or changing an open one. Choosing the destination asks at once whether it
 * fits where the client is now; when it may not, the warnings show before saving and the worker
 * writes why they go on anyway. What may be shared is ticked item by item (the name always goes).
 */
export function ReferralForm({ clientId, referral, onSaved, onCancel, onReload, labelledBy }: ReferralFormProps) {
  const { t, i18n } = useTranslation('referrals');
  const api = useApi();
  const idPrefix = useId();
  const services = useCall('directory.list', {});
  const [values, setValues] = useState<ReferralValues>(() => (referral ? valuesFromReferral(referral) : newReferralValues(todayIso())));
  // Once the main process has asked for a reason, the field stays, even if a later check says nothing.
  const [reasonAsked, setReasonAsked] = useState(false);
  const fit = useFitCheck(clientId, destinationInput(values));
  const reasonShown = fit.warnings.length > 0 || reasonAsked;
  const fieldId = (field: ReferralFormField) => `${idPrefix}-${field}`;

  const { formRef, errors, failure, saving, submit } = useEntityForm<ReferralErrors, ReferralReady, Referral>({
    check: () => toReferralInput(values, reasonShown, todayIso()),
    save: ({ fields }) =>
      referral
        ? api.call('referrals.update', { clientId, referralId: referral.id, expectedUpdatedAt: referral.updatedAt, fields })
        : api.call('referrals.create', { clientId, fields }),
    onSaved: (saved) => {
      const name = saved.destination.name;
      onSaved(saved, referral ? t('form.updated', { name }) : t('form.planned', { name }));
    },
    placeIssues: (issues) => {
      const placed = errorsFromReferralIssues(issues, values.source);
      if (placed.fitReason !== undefined) setReasonAsked(true);
      return placed;
    },
    // By id in form order: the share and phase choices are checkbox groups without an invalid mark.
    focusFirstInvalid: (problems) => {
      const field = firstInvalidReferralField(problems);
      if (field !== undefined) document.getElementById(fieldId(field))?.focus();
    },
  });

  // The button that opened the form is gone: the worker starts at the first choice, where to refer to.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus(), [formRef]);

  const set = useCallback<ReferralBinding['set']>((key, value) => setValues((previous) => ({ ...previous, [key]: value })), []);
  const setFree = useCallback(
    <K extends keyof FreeDestinationValues>(key: K, value: FreeDestinationValues[K]) =>
      setValues((previous) => ({ ...previous, free: { ...previous.free, [key]: value } })),
    [],
  );
  const errorText = (field: ReferralFormField) => {
    const key = errors[field];
    return key === undefined ? undefined : translateKey(i18n, key, 'validation.invalid');
  };
  const binding: ReferralBinding = { values, fieldId, errorText, set, setFree };

  const textArea = (field: 'reason' | 'question' | 'background', rows: number, max: number, required: boolean) => (
    <FormRow id={fieldId(field)} label={t(`form.${field}`)} hint={t(`form.hints.${field}`)} required={required} error={errorText(field)}>
      {(control) => (
        <textarea
          {...control}
          className="input"
          rows={rows}
          maxLength={max}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </FormRow>
  );

  return (
    <form
      ref={formRef}
      className="referral-form"
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={saving}
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(submit)}
    >
      {failure !== undefined && (
        <SaveFailureAlert
          failure={failure}
          heading="h3"
          notSavedTitle={t('form.notSavedTitle')}
          conflictTitle={t('form.conflictTitle')}
          reloadLabel={t('form.reload')}
          onReload={onReload}
        />
      )}
      <p className="form-note">{t('form.requiredNote')}</p>
      <DestinationPicker binding={binding} services={services.value} />
      <p className="form-status" role="status">
        {fit.checking && destinationInput(values) !== undefined ? t('form.checking') : ''}
      </p>
      <FitWarnings warnings={fit.warnings} />
      {reasonShown && (
        <FormRow
          id={fieldId('fitReason')}
          label={t('form.fitReason')}
          hint={t('form.hints.fitReason')}
          required
          error={errorText('fitReason')}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={3}
              maxLength={1000}
              value={values.fitReason}
              onChange={(event) => set('fitReason', event.target.value)}
            />
          )}
        </FormRow>
      )}
      <div className="referral-form-grid">
        {textArea('reason', 3, 2000, true)}
        {textArea('question', 3, 2000, true)}
        {textArea('background', 4, 3000, false)}
        <CheckboxFieldset
          id={fieldId('share')}
          legend={t('form.share')}
          hint={t('form.hints.share')}
          options={shareItems}
          value={values.share}
          label={(item) => t(`share.${item}`)}
          onChange={(share) => set('share', share)}
          error={errorText('share')}
        />
        <FormRow
          id={fieldId('consentOn')}
          label={t('form.consentOn')}
          hint={t('form.hints.consentOn')}
          required
          error={errorText('consentOn')}
        >
          {(control) => (
            <input
              {...control}
              className="input input-date"
              type="date"
              max={todayIso()}
              value={values.consentOn}
              onChange={(event) => set('consentOn', event.target.value)}
            />
          )}
        </FormRow>
        <FormRow
          id={fieldId('consentNote')}
          label={t('form.consentNote')}
          hint={t('form.hints.consentNote')}
          error={errorText('consentNote')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={500}
              value={values.consentNote}
              onChange={(event) => set('consentNote', event.target.value)}
            />
          )}
        </FormRow>
        <FormRow id={fieldId('plannedOn')} label={t('form.plannedOn')} required error={errorText('plannedOn')}>
          {(control) => (
            <input
              {...control}
              className="input input-date"
              type="date"
              value={values.plannedOn}
              onChange={(event) => set('plannedOn', event.target.value)}
            />
          )}
        </FormRow>
      </div>
      <FormActions
        saving={saving}
        saveLabel={referral ? t('form.save') : t('form.plan')}
        cancelLabel={t('form.cancel')}
        onCancel={onCancel}
        savingLabel={t('form.saving')}
      >
        <p className="form-note shortcut-note">{t('form.shortcut')}</p>
      </FormActions>
    </form>
  );
}
