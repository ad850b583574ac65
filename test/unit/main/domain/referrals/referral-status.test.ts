import { describe, expect, it } from 'vitest';
import {
  canMoveReferral,
  isOpenReferral,
  nextReferralStatuses,
  referralStatuses,
  type ReferralStatus,
} from '../../../../../main/domain/referrals/referral-status';

/** Every pair the pipeline allows, written out by hand as the issue describes it. */
const allowed: [ReferralStatus, ReferralStatus][] = [
  ['planned', 'sent'],
  ['planned', 'withdrawn'],
  ['sent', 'accepted'],
  ['sent', 'declined'],
  ['sent', 'withdrawn'],
  ['accepted', 'started'],
  ['accepted', 'declined'],
  ['accepted', 'withdrawn'],
  ['started', 'completed'],
  ['started', 'withdrawn'],
];

describe('the referral pipeline', () => {
  it('allows exactly the steps planned → sent → accepted → started → completed, decline once received, withdraw until completed', () => {
    const everyPair = referralStatuses.flatMap((from) => referralStatuses.map((to) => [from, to] as [ReferralStatus, ReferralStatus]));
    expect(everyPair.filter(([from, to]) => canMoveReferral(from, to))).toEqual(allowed);
  });

  it('offers the same steps it accepts', () => {
    for (const from of referralStatuses) {
      expect([...nextReferralStatuses(from)].sort()).toEqual(allowed.filter(([f]) => f === from).map(([, to]) => to).sort());
    }
  });

  it('never skips a step or goes back', () => {
    expect(canMoveReferral('planned', 'accepted')).toBe(false);
    expect(canMoveReferral('planned', 'completed')).toBe(false);
    expect(canMoveReferral('sent', 'planned')).toBe(false);
    expect(canMoveReferral('planned', 'declined')).toBe(false);
  });

  it('treats completed, declined and withdrawn as final and the rest as open', () => {
    expect(referralStatuses.filter(isOpenReferral)).toEqual(['planned', 'sent', 'accepted', 'started']);
  });
});
