import { describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../../../../main/domain/clients/client-summary';
import { listOpenReferrals } from '../../../../../main/domain/referrals/open-referrals';
import { referralWith } from './referral-fixtures';

const today = '2026-11-25';
let clients = 0;
const client = (familyName: string): ClientSummary => ({
  id: `00000000-0000-4000-8000-${String(++clients).padStart(12, '0')}`,
  givenName: 'Test',
  familyName,
  status: 'active',
  flags: [],
  openAgreements: 0,
  overdueAgreements: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const open = (rows: { summary: ClientSummary; file: { referrals: ReturnType<typeof referralWith>[] } }[], followUpDays = 14) =>
  listOpenReferrals(rows, today, followUpDays);

describe('listOpenReferrals', () => {
  it('reminds about a sent referral only once it has waited longer than the follow-up days', () => {
    const fourteen = referralWith('2026-11-01', [['sent', '2026-11-11']]);
    const fifteen = referralWith('2026-11-01', [['sent', '2026-11-10']]);
    const result = open([{ summary: client('Jansen'), file: { referrals: [fourteen, fifteen] } }]);
    expect(result.map((row) => [row.referral.id, row.waitingDays, row.needsFollowUp])).toEqual([
      [fifteen.id, 15, true],
      [fourteen.id, 14, false],
    ]);
  });

  it('follows the setting: with 7 days, a week and a day is too long', () => {
    const sent = referralWith('2026-11-01', [['sent', '2026-11-17']]);
    expect(open([{ summary: client('Jansen'), file: { referrals: [sent] } }], 7)[0]?.needsFollowUp).toBe(true);
    expect(open([{ summary: client('Jansen'), file: { referrals: [sent] } }], 8)[0]?.needsFollowUp).toBe(false);
  });

  it('reminds about a planned referral whose day has passed, not one planned for today or later', () => {
    const late = referralWith('2026-11-24');
    const todayPlanned = referralWith(today);
    const ahead = referralWith('2026-12-02');
    const result = open([{ summary: client('Bos'), file: { referrals: [late, todayPlanned, ahead] } }]);
    expect(result.map((row) => [row.referral.plannedOn, row.waitingDays, row.needsFollowUp])).toEqual([
      ['2026-11-24', 1, true],
      ['2026-11-25', 0, false],
      ['2026-12-02', 0, false],
    ]);
  });

  it('counts an accepted or started referral from its last step and never asks to chase it', () => {
    const accepted = referralWith('2026-09-01', [['sent', '2026-09-02'], ['accepted', '2026-09-10']]);
    const started = referralWith('2026-09-01', [['sent', '2026-09-02'], ['accepted', '2026-09-10'], ['started', '2026-10-01']]);
    const result = open([{ summary: client('Smit'), file: { referrals: [accepted, started] } }]);
    expect(result.map((row) => [row.referral.status, row.waitingDays, row.needsFollowUp])).toEqual([
      ['accepted', 76, false],
      ['started', 55, false],
    ]);
  });

  it('leaves out completed, declined and withdrawn referrals', () => {
    const referrals = [
      referralWith('2026-09-01', [['sent', '2026-09-02'], ['accepted', '2026-09-03'], ['started', '2026-09-04'], ['completed', '2026-10-01']]),
      referralWith('2026-09-01', [['sent', '2026-09-02'], ['declined', '2026-09-05']]),
      referralWith('2026-09-01', [['withdrawn', '2026-09-02']]),
    ];
    expect(open([{ summary: client('Smit'), file: { referrals } }])).toEqual([]);
  });

  it('puts the longest waiting first across clients, then by client name', () => {
    const result = open([
      { summary: client('Visser'), file: { referrals: [referralWith('2026-11-01', [['sent', '2026-11-20']])] } },
      { summary: client('Bakker'), file: { referrals: [referralWith('2026-11-01', [['sent', '2026-11-20']])] } },
      { summary: client('Mulder'), file: { referrals: [referralWith('2026-10-01', [['sent', '2026-10-02']])] } },
    ]);
    expect(result.map((row) => [row.client.familyName, row.waitingDays])).toEqual([
      ['Mulder', 54],
      ['Bakker', 5],
      ['Visser', 5],
    ]);
  });
});
