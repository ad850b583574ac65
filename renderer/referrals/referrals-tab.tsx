import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ListStatus } from '../components/list-status';
import { useEditableList } from '../components/use-editable-list';
import { useFocusRequest } from '../components/use-focus-request';
import { useReloadWhen } from '../components/use-reload-when';
import { ReferralConsentNotice } from '../privacy/referral-consent-notice';
import { ReferralForm } from './referral-form';
import { ReferralItem } from './referral-item';
import { ReferralStepDialog } from './referral-step-dialog';
import './referrals.css';

interface ReferralsTabProps {
  clientId: string;
  /** Moves on after any change on the client page; the list reloads. */
  revision: number;
  onChanged: () => void;
}

/** The client's referrals, newest first: plan one, follow it step by step, change or remove it. */
export function ReferralsTab({ clientId, revision, onChanged }: ReferralsTabProps) {
  const { t } = useTranslation('referrals');
  const api = useApi();
  const formTitleId = useId();
  const listTitleId = useId();
  const [planButtonRef, focusPlanButton] = useFocusRequest<HTMLButtonElement>();
  // After a step the item's buttons change: reading goes on at the list's heading, not from nowhere.
  const [listHeadingRef, focusList] = useFocusRequest<HTMLHeadingElement>();
  const [planning, setPlanning] = useState(false);
  const [step, setStep] = useState<{ referral: Referral; to: ReferralStatus } | undefined>();

  const list = useCall('referrals.list', { clientId });
  useReloadWhen(revision, list.reload);
  const editable = useEditableList<Referral>({
    onChanged,
    remove: (referral) => api.call('referrals.delete', { clientId, referralId: referral.id, expectedUpdatedAt: referral.updatedAt }),
    removedMessage: t('tab.deleted'),
    onRemoved: focusPlanButton,
  });
  const { removing } = editable;
  const referrals = list.value ?? [];

  const closePlanning = (saved?: string) => {
    setPlanning(false);
    focusPlanButton();
    if (saved !== undefined) {
      editable.setMessage(saved);
      onChanged();
    }
  };

  return (
    <>
      <ReferralConsentNotice clientId={clientId} revision={revision} />
      <div className="section-actions">
        {!planning && (
          <button ref={planButtonRef} type="button" className="button button-primary" onClick={() => setPlanning(true)}>
            {t('tab.plan')}
          </button>
        )}
      </div>
      {planning && (
        <div className="card">
          <h2 id={formTitleId}>{t('form.newTitle')}</h2>
          <ReferralForm
            clientId={clientId}
            labelledBy={formTitleId}
            onSaved={(_saved, message) => closePlanning(message)}
            onCancel={() => closePlanning()}
          />
        </div>
      )}
      <section className="card" aria-labelledby={listTitleId}>
        <h2 id={listTitleId} ref={listHeadingRef} tabIndex={-1}>
          {t('tab.title')}
        </h2>
        <ListStatus message={editable.message} failure={editable.failure} list={list} loadingLabel={t('tab.loading')} />
        {list.value !== undefined && referrals.length === 0 && <p className="empty-note">{t('tab.empty')}</p>}
        {referrals.length > 0 && (
          <ol className="referral-list" aria-labelledby={listTitleId} aria-busy={list.status === 'loading'}>
            {referrals.map((referral) => (
              <li key={referral.id}>
                <ReferralItem
                  clientId={clientId}
                  referral={referral}
                  {...editable.editProps(referral)}
                  onMove={(to) => {
                    editable.setMessage('');
                    setStep({ referral, to });
                  }}
                  onDelete={() => editable.askRemove(referral)}
                  onReload={onChanged}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      {step !== undefined && (
        <ReferralStepDialog
          clientId={clientId}
          referral={step.referral}
          to={step.to}
          onClose={() => setStep(undefined)}
          onReload={() => {
            setStep(undefined);
            onChanged();
          }}
          onMoved={(moved) => {
            setStep(undefined);
            focusList();
            editable.setMessage(t('tab.moved', { name: moved.destination.name, status: t(`statuses.${moved.status}`) }));
            onChanged();
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: removing.destination.name })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onConfirm={() => void editable.confirmRemove(removing)}
          onCancel={editable.keep}
        />
      )}
    </>
  );
}
