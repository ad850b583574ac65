import type { ClientStatus, CloseReason } from './client-status';

/**
 * Where a client can go from each status. Aftercare may fall back to active (a relapse needs the
 * programme again); a closed case reopens at intake or straight into active work.
 */
const allowedTransitions: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  registered: ['intake', 'closed'],
  intake: ['active', 'closed'],
  active: ['aftercare', 'closed'],
  aftercare: ['active', 'closed'],
  closed: ['intake', 'active'],
};

export function nextStatuses(from: ClientStatus): readonly ClientStatus[] {
  return allowedTransitions[from];
}

export type TransitionRefusal = 'not_allowed' | 'same_status' | 'reason_required' | 'reason_not_expected';

/** Checks one status change; closing needs a reason and nothing else carries one. */
export function checkTransition(
  from: ClientStatus,
  to: ClientStatus,
  reason: CloseReason | undefined,
): TransitionRefusal | undefined {
  if (from === to) return 'same_status';
  if (!allowedTransitions[from].includes(to)) return 'not_allowed';
  if (to === 'closed' && reason === undefined) return 'reason_required';
  if (to !== 'closed' && reason !== undefined) return 'reason_not_expected';
  return undefined;
}
