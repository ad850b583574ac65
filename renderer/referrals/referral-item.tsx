import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../../main/api/api-types';
import { isOpenReferral, nextReferralStatuses } from '../../main/domain/referrals/referral-status';
import { EditingItem } from '../components/editable-item';
import { useEditButtonFocus } from '../components/use-edit-button-focus';
import { ServiceDetails } from '../directory/service-details';
import { useServiceWords } from '../directory/use-service-words';
import { DocumentButton } from '../documents/document-button';
import { currentLanguage } from '../i18n/i18n';
import { KeptFit } from './kept-fit';
import { ReferralFacts } from './referral-facts';
import { ReferralForm } from './referral-form';
import { ReferralHistory } from './referral-history';
import { ReferralStatusBadge } from './referral-status-badge';

/** Steps that end the referral without the help: styled as the risky ones. */
const endsBadly = (status: ReferralStatus) => status === 'withdrawn' || status === 'declined';

interface ReferralItemProps {
  clientId: string;
  referral: Referral;
  editing: boolean;
  onEdit: () => void;
  onEditDone: (message?: string) => void;
  /** Opens the dialog for one allowed step. */
  onMove: (to: ReferralStatus) => void;
  onDelete: () => void;
  onReload: () => void;
}

/**
 * One referral: where to and its status as the heading, what was asked and agreed, the warnings
 * and reason if it did not fit, its history, and only the actions its status allows.
 */
export function ReferralItem({ clientId, referral, editing, onEdit, onEditDone, onMove, onDelete, onReload }: ReferralItemProps) {
  const { t, i18n } = useTranslation('referrals');
  const words = useServiceWords();
  const headingId = useId();
  const editRef = useEditButtonFocus(editing);
  const { destination } = referral;

  if (editing) {
    return (
      <EditingItem className="referral-item" headingId={headingId} title={t('form.editTitle', { name: destination.name })}>
        <ReferralForm
          key={referral.updatedAt}
          clientId={clientId}
          referral={referral}
          labelledBy={headingId}
          onSaved={(_saved, message) => onEditDone(message)}
          onCancel={() => onEditDone()}
          onReload={onReload}
        />
      </EditingItem>
    );
  }

  const open = isOpenReferral(referral.status);
  return (
    <article className={`referral-item referral-${referral.status}`} aria-labelledby={headingId} data-testid="referral">
      <div className="referral-header">
        <h3 id={headingId}>{destination.name}</h3>
        <ReferralStatusBadge status={referral.status} />
      </div>
      <p className="service-meta">{words.summary(destination)}</p>
      <ReferralFacts referral={referral} />
      <ServiceDetails service={destination} only={['contactPerson', 'phone', 'email', 'address']} />
      {referral.fit !== undefined && <KeptFit fit={referral.fit} />}
      <ReferralHistory steps={referral.history} />
      <div className="button-row referral-actions">
        {nextReferralStatuses(referral.status).map((to) => (
          <button
            key={to}
            type="button"
            className={endsBadly(to) ? 'button button-secondary button-danger-outline' : 'button button-secondary'}
            aria-haspopup="dialog"
            onClick={() => onMove(to)}
          >
            {t(`item.moveTo.${to}`)}
          </button>
        ))}
        {open && (
          <button ref={editRef} type="button" className="button button-secondary" onClick={onEdit}>
            {t('item.edit')}
          </button>
        )}
        {referral.status === 'planned' && (
          <button type="button" className="button button-secondary button-danger-outline" onClick={onDelete}>
            {t('item.delete')}
          </button>
        )}
        <DocumentButton
          request={{ kind: 'referralLetter', language: currentLanguage(i18n), clientId, referralId: referral.id, includeScores: true }}
          label={t('item.letter')}
        />
      </div>
    </article>
  );
}
