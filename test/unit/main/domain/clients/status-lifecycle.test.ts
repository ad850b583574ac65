import { describe, expect, it } from 'vitest';
import { clientStatuses, closeReasons, type ClientStatus } from '../../../../../main/domain/clients/client-status';
import { checkTransition, nextStatuses } from '../../../../../main/domain/clients/status-lifecycle';

/**
 * The lifecycle written out by hand (not read from the source), one row per current status:
 * registered → intake → active → aftercare → closed, aftercare may fall back to active, closing is
 * possible from everywhere, and a closed case reopens at intake or straight into active work.
 */
const allowed: Record<ClientStatus, ClientStatus[]> = {
  registered: ['intake', 'closed'],
  intake: ['active', 'closed'],
  active: ['aftercare', 'closed'],
  aftercare: ['active', 'closed'],
  closed: ['intake', 'active'],
};

const pairs = clientStatuses.flatMap((from) => clientStatuses.map((to) => [from, to] as const));

describe('checkTransition', () => {
  it.each(pairs.filter(([from, to]) => allowed[from].includes(to)))('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to, to === 'closed' ? 'goal_reached' : undefined)).toBeUndefined();
  });

  it.each(pairs.filter(([from, to]) => from !== to && !allowed[from].includes(to)))('refuses %s → %s', (from, to) => {
    expect(checkTransition(from, to, to === 'closed' ? 'goal_reached' : undefined)).toBe('not_allowed');
  });

  it.each(clientStatuses)('calls staying at %s no change, not a step', (status) => {
    expect(checkTransition(status, status, undefined)).toBe('same_status');
  });

  it('covers all 25 pairs between them', () => {
    expect(pairs).toHaveLength(25);
  });

  it.each(['registered', 'intake', 'active', 'aftercare'] as const)('asks for a reason when %s is closed', (from) => {
    expect(checkTransition(from, 'closed', undefined)).toBe('reason_required');
  });

  it.each(closeReasons)('accepts %s as a reason to close', (reason) => {
    expect(checkTransition('active', 'closed', reason)).toBeUndefined();
  });

  it('refuses a close reason on a step that does not close (a reopen is not "moved")', () => {
    expect(checkTransition('intake', 'active', 'moved')).toBe('reason_not_expected');
    expect(checkTransition('closed', 'intake', 'other')).toBe('reason_not_expected');
  });

  it('checks the step before the reason: a forbidden step is refused as such, with or without reason', () => {
    expect(checkTransition('closed', 'aftercare', undefined)).toBe('not_allowed');
    expect(checkTransition('registered', 'active', 'moved')).toBe('not_allowed');
  });
});

describe('nextStatuses', () => {
  it.each(clientStatuses)('offers from %s exactly the steps that are allowed', (from) => {
    expect([...nextStatuses(from)].sort()).toEqual([...allowed[from]].sort());
  });
});
