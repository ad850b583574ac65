import { localDate } from '../agenda/local-date';
import { canMoveReferral, type ReferralStatus } from './referral-status';

/**
 * Whether a referral may take a step in its pipeline, and with which date. A step is a fact the
 * worker records afterwards ("sent on Monday"), so its date may lie in the past, but not in the
 * future (it has not happened) and not before the step it follows (the history must read in order).
 *
 * The first step is different: its date is the planned day, an intention that may lie ahead. A
 * referral sent sooner than planned is normal, so after the planned step the earliest date is the
 * planned day or, when earlier, the day the referral was entered.
 *
 * Zod-free, so the form can say the same before anything is sent.
 */
export interface StepRefusal {
  messageKey: 'referrals:errors.stepNotAllowed' | 'referrals:validation.stepDateBeforePrevious' | 'referrals:validation.stepDateInFuture';
  params: Record<string, string>;
  /** The field to point at, when the date is the problem. */
  field?: 'on';
}

export interface StepRequest {
  to: ReferralStatus;
  /** The local day it happened, YYYY-MM-DD. */
  on: string;
}

interface StepSoFar {
  to: ReferralStatus;
  on: string;
  /** When it was entered (ISO date-time). */
  at: string;
}

/** The first day the next step may carry (see above). */
export function earliestNextStepDay(history: readonly StepSoFar[]): string | undefined {
  const last = history.at(-1);
  if (last === undefined) return undefined;
  if (last.to !== 'planned') return last.on;
  const entered = localDate(new Date(last.at));
  return entered < last.on ? entered : last.on;
}

export function stepRefusal(
  current: { status: ReferralStatus; history: readonly StepSoFar[] },
  step: StepRequest,
  today: string,
): StepRefusal | undefined {
  if (!canMoveReferral(current.status, step.to)) {
    return { messageKey: 'referrals:errors.stepNotAllowed', params: { from: current.status, to: step.to } };
  }
  const earliest = earliestNextStepDay(current.history);
  if (earliest !== undefined && step.on < earliest) {
    return { messageKey: 'referrals:validation.stepDateBeforePrevious', params: { earliest }, field: 'on' };
  }
  if (step.on > today) return { messageKey: 'referrals:validation.stepDateInFuture', params: { today }, field: 'on' };
  return undefined;
}
