import type { Referral, ReferralStatus } from '../../../../../main/domain/referrals/referral';

let counter = 0;
const nextId = () => `00000000-0000-4000-9000-${String(++counter).padStart(12, '0')}`;

/**
 * A stored referral that went through the given steps, each `[status, day]` after the planned one.
 * Only what the rules read is meaningful; the rest is plausible filler.
 */
export function referralWith(plannedOn: string, steps: [ReferralStatus, string][] = []): Referral {
  const at = `${plannedOn}T09:00:00.000Z`;
  const history: Referral['history'] = [{ to: 'planned', on: plannedOn, at, by: 'Sanne' }];
  let status: ReferralStatus = 'planned';
  for (const [to, on] of steps) {
    history.push({ from: status, to, on, at: `${on}T09:00:00.000Z`, by: 'Sanne' });
    status = to;
  }
  return {
    id: nextId(),
    destination: { name: 'Buurthuis De Kern', kind: 'meeting_place', format: 'group', phases: ['connect'] },
    reason: 'Wil meer mensen leren kennen.',
    question: 'Kan hij aansluiten bij de koffieochtend?',
    share: [],
    consentOn: plannedOn,
    plannedOn,
    status,
    history,
    createdAt: at,
    createdBy: 'Sanne',
    updatedAt: history.at(-1)!.at,
    updatedBy: 'Sanne',
  };
}
