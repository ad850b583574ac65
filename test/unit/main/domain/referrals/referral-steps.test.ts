import { describe, expect, it } from 'vitest';
import { earliestNextStepDay, stepRefusal } from '../../../../../main/domain/referrals/referral-steps';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');

const today = '2026-11-25';
/** Planned for 20 November, entered on 18 November (10:00 Dutch time). */
const planned = { status: 'planned' as const, history: [{ to: 'planned' as const, on: '2026-11-20', at: '2026-11-18T09:00:00.000Z' }] };
const sent = {
  status: 'sent' as const,
  history: [...planned.history, { to: 'sent' as const, on: '2026-11-21', at: '2026-11-21T09:00:00.000Z' }],
};

describe('stepRefusal', () => {
  it('accepts an allowed step dated between the previous step and today', () => {
    expect(stepRefusal(sent, { to: 'accepted', on: '2026-11-21' }, today)).toBeUndefined();
    expect(stepRefusal(sent, { to: 'declined', on: today }, today)).toBeUndefined();
  });

  it('refuses a step the pipeline does not allow, naming both statuses', () => {
    expect(stepRefusal(planned, { to: 'accepted', on: today }, today)).toEqual({
      messageKey: 'referrals:errors.stepNotAllowed',
      params: { from: 'planned', to: 'accepted' },
    });
  });

  it('refuses a date before the previous step, and one in the future, pointing at the date', () => {
    expect(stepRefusal(sent, { to: 'accepted', on: '2026-11-20' }, today)).toEqual({
      messageKey: 'referrals:validation.stepDateBeforePrevious',
      params: { earliest: '2026-11-21' },
      field: 'on',
    });
    expect(stepRefusal(sent, { to: 'accepted', on: '2026-11-26' }, today)).toEqual({
      messageKey: 'referrals:validation.stepDateInFuture',
      params: { today },
      field: 'on',
    });
  });

  it('lets a referral be sent sooner than planned, but not before it was entered', () => {
    const aheadOfPlan = { status: 'planned' as const, history: [{ to: 'planned' as const, on: '2026-12-01', at: '2026-11-23T09:00:00.000Z' }] };
    expect(earliestNextStepDay(aheadOfPlan.history)).toBe('2026-11-23');
    expect(stepRefusal(aheadOfPlan, { to: 'sent', on: '2026-11-24' }, today)).toBeUndefined();
    expect(stepRefusal(aheadOfPlan, { to: 'sent', on: '2026-11-22' }, today)?.messageKey).toBe('referrals:validation.stepDateBeforePrevious');
  });

  it('lets a referral entered afterwards be sent on its (earlier) planned day', () => {
    expect(earliestNextStepDay(planned.history)).toBe('2026-11-18');
    expect(stepRefusal(planned, { to: 'sent', on: '2026-11-18' }, today)).toBeUndefined();
    expect(stepRefusal(planned, { to: 'sent', on: '2026-11-17' }, today)?.params).toEqual({ earliest: '2026-11-18' });
  });

  it('counts the day a referral was entered in the worker’s zone: 00:30 on the 23rd is the 23rd, not the 22nd in UTC', () => {
    expect(earliestNextStepDay([{ to: 'planned', on: '2026-12-01', at: '2026-11-22T23:30:00.000Z' }])).toBe('2026-11-23');
  });
});
