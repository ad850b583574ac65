import type { ReferralService } from '../../services/referrals/referral-service';
import type { Handlers } from '../dispatcher';

type ReferralCalls =
  | 'referrals.list'
  | 'referrals.checkFit'
  | 'referrals.create'
  | 'referrals.update'
  | 'referrals.move'
  | 'referrals.delete'
  | 'referrals.open';

export function referralHandlers(referrals: () => ReferralService): Pick<Handlers, ReferralCalls> {
  return {
    'referrals.list': async ({ clientId }) => referrals().list(clientId),
    'referrals.checkFit': async ({ clientId, destination }) => referrals().checkFit(clientId, destination),
    'referrals.create': async ({ clientId, fields }) => referrals().create(clientId, fields),
    'referrals.update': async ({ clientId, referralId, expectedUpdatedAt, fields }) =>
      referrals().update(clientId, referralId, expectedUpdatedAt, fields),
    'referrals.move': async ({ clientId, referralId, expectedUpdatedAt, step }) => referrals().move(clientId, referralId, expectedUpdatedAt, step),
    'referrals.delete': async ({ clientId, referralId, expectedUpdatedAt }) => {
      await referrals().remove(clientId, referralId, expectedUpdatedAt);
      return { deleted: true as const };
    },
    'referrals.open': async () => referrals().open(),
  };
}
