import { describe, expect, it } from 'vitest';
import { buildAttention } from '../../../../../main/domain/attention/attention';
import type { ClientFlag, ClientStatus } from '../../../../../main/domain/clients/client';
import { summarise, type ClientFileParts } from '../../../../../main/domain/clients/client-summary';
import type { Agreement, Contact } from '../../../../../main/domain/contacts/contact';
import type { Referral } from '../../../../../main/domain/referrals/referral';
import { referralWith } from '../referrals/referral-fixtures';

/** The fixed "now" of every test: Wednesday 25 November 2026, noon in the laptop's own zone. */
const now = new Date(2026, 10, 25, 12, 0);
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
/** A local calendar date relative to today (YYYY-MM-DD). */
const dayOffset = (days: number) => {
  const date = new Date(2026, 10, 25 + days, 12);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

let counter = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

function contact(at: string, agreements: Omit<Agreement, 'id'>[] = []): Contact {
  return {
    id: nextId(),
    at,
    type: 'phone',
    summary: '',
    agreements: agreements.map((agreement) => ({ id: nextId(), ...agreement })),
    createdAt: at,
    updatedAt: at,
    createdBy: 'Sanne',
    updatedBy: 'Sanne',
  };
}

function file(
  familyName: string,
  status: ClientStatus,
  options: { createdDaysAgo?: number; contacts?: Contact[]; flags?: ClientFlag[]; referrals?: Referral[] } = {},
): ClientFileParts {
  const createdAt = daysAgo(options.createdDaysAgo ?? 200);
  return {
    client: {
      id: nextId(),
      givenName: 'Test',
      familyName,
      flags: options.flags ?? [],
      status,
      statusHistory: [{ to: status, at: createdAt, by: 'Sanne' }],
      createdAt,
      updatedAt: createdAt,
    },
    contacts: options.contacts ?? [],
    appointments: [],
    referrals: options.referrals ?? [],
  };
}

function attention(files: ClientFileParts[], weeks = 4, referralFollowUpDays = 14) {
  return buildAttention(
    files.map((parts) => ({ summary: summarise(parts, now), file: parts })),
    now,
    weeks,
    referralFollowUpDays,
  );
}
const names = (rows: { familyName: string }[]) => rows.map((row) => row.familyName);

describe('buildAttention: no recent contact', () => {
  it('lists clients in care whose last contact is longer ago than the set weeks, and not those seen since', () => {
    const result = attention([
      file('Vijf weken', 'active', { contacts: [contact(daysAgo(35))] }),
      file('Net binnen', 'active', { contacts: [contact(daysAgo(27))] }),
      file('Nazorg', 'aftercare', { contacts: [contact(daysAgo(29))] }),
      file('Oud en nieuw', 'intake', { contacts: [contact(daysAgo(90)), contact(daysAgo(3))] }),
    ]);
    expect(names(result.noRecentContact).sort()).toEqual(['Nazorg', 'Vijf weken']);
  });

  it('respects the setting: the same caseload with eight weeks lists fewer clients', () => {
    const caseload = [
      file('Vijf weken', 'active', { contacts: [contact(daysAgo(35))] }),
      file('Tien weken', 'active', { contacts: [contact(daysAgo(70))] }),
    ];
    expect(names(attention(caseload, 4).noRecentContact).sort()).toEqual(['Tien weken', 'Vijf weken']);
    expect(names(attention(caseload, 8).noRecentContact)).toEqual(['Tien weken']);
    expect(names(attention(caseload, 12).noRecentContact)).toEqual([]);
  });

  it('counts a client never contacted from the day they were registered', () => {
    const result = attention([
      file('Nieuw', 'intake', { createdDaysAgo: 2 }),
      file('Vergeten', 'intake', { createdDaysAgo: 30 }),
      file('Vandaag', 'active', { createdDaysAgo: 0 }),
    ]);
    expect(names(result.noRecentContact)).toEqual(['Vergeten']);
  });

  it('lists a registration nobody has contacted for weeks (the referral waits for a first call)', () => {
    const result = attention([file('Aangemeld', 'registered', { createdDaysAgo: 35 }), file('Net aangemeld', 'registered', { createdDaysAgo: 3 })]);
    expect(names(result.noRecentContact)).toEqual(['Aangemeld']);
  });

  it('does not count a contact planned in the future as contact', () => {
    const result = attention([file('Alleen gepland', 'active', { contacts: [contact(daysAgo(60)), contact(daysAgo(-2))] })]);
    expect(names(result.noRecentContact)).toEqual(['Alleen gepland']);
  });

  it('puts the longest silence first, counting a never-contacted client from registration', () => {
    const result = attention([
      file('Zes weken', 'active', { contacts: [contact(daysAgo(42))] }),
      file('Nooit, vijf weken ingeschreven', 'intake', { createdDaysAgo: 35 }),
      file('Half jaar', 'active', { contacts: [contact(daysAgo(180))] }),
    ]);
    expect(names(result.noRecentContact)).toEqual(['Half jaar', 'Zes weken', 'Nooit, vijf weken ingeschreven']);
  });
});

describe('buildAttention: overdue agreements', () => {
  it('lists open agreements due before today, earliest first; not today\'s, not ticked ones, not undated ones', () => {
    const bakkerContact = contact(daysAgo(10), [
      { text: 'gisteren', owner: 'worker', due: dayOffset(-1) },
      { text: 'vandaag', owner: 'worker', due: dayOffset(0) },
      { text: 'al gedaan', owner: 'client', due: dayOffset(-5), doneAt: daysAgo(6) },
      { text: 'zonder datum', owner: 'client' },
    ]);
    const jansenContact = contact(daysAgo(20), [{ text: 'vorige week', owner: 'client', due: dayOffset(-7) }]);
    const result = attention([
      file('Bakker', 'active', { contacts: [bakkerContact] }),
      file('Jansen', 'registered', { contacts: [jansenContact] }),
    ]);
    expect(result.overdueAgreements.map((entry) => [entry.agreement.text, entry.client.familyName, entry.contactId])).toEqual([
      ['vorige week', 'Jansen', jansenContact.id],
      ['gisteren', 'Bakker', bakkerContact.id],
    ]);
  });
});

describe('buildAttention: flags', () => {
  it('lists every open case with a flag, by name, whatever its status before closing', () => {
    const result = attention([
      file('Zwart', 'registered', { flags: ['safety_concern'] }),
      file('Appel', 'active', { flags: ['recent_loss', 'suicidal_thoughts'] }),
      file('Geen vlag', 'active'),
    ]);
    expect(names(result.flagged)).toEqual(['Appel', 'Zwart']);
  });
});

describe('buildAttention: closed clients', () => {
  it('never lists a closed client, however long ago, flagged or overdue', () => {
    const closed = file('Gesloten', 'closed', {
      flags: ['safety_concern'],
      contacts: [contact(daysAgo(400), [{ text: 'te laat', owner: 'worker', due: dayOffset(-300) }])],
      referrals: [referralWith(dayOffset(-60), [['sent', dayOffset(-59)]])],
    });
    expect(attention([closed])).toEqual({ noRecentContact: [], overdueAgreements: [], flagged: [], referralsToFollowUp: [] });
  });
});

describe('buildAttention: referrals to follow up', () => {
  it('lists sent referrals without an answer for longer than the follow-up days and planned ones not sent in time, longest first', () => {
    const unanswered = referralWith(dayOffset(-30), [['sent', dayOffset(-20)]]);
    const answeredSoon = referralWith(dayOffset(-30), [['sent', dayOffset(-20)], ['accepted', dayOffset(-10)]]);
    const recent = referralWith(dayOffset(-10), [['sent', dayOffset(-10)]]);
    const notSent = referralWith(dayOffset(-3));
    const result = attention([
      file('Bakker', 'active', { contacts: [contact(daysAgo(1))], referrals: [notSent, recent] }),
      file('Jansen', 'aftercare', { contacts: [contact(daysAgo(1))], referrals: [unanswered, answeredSoon] }),
    ]);
    expect(result.referralsToFollowUp.map((entry) => [entry.client.familyName, entry.referral.id, entry.waitingDays])).toEqual([
      ['Jansen', unanswered.id, 20],
      ['Bakker', notSent.id, 3],
    ]);
    expect(result.referralsToFollowUp.every((entry) => entry.needsFollowUp)).toBe(true);
  });

  it('uses the follow-up days from Settings', () => {
    const caseload = [file('Bakker', 'active', { referrals: [referralWith(dayOffset(-12), [['sent', dayOffset(-10)]])] })];
    expect(attention(caseload, 4, 14).referralsToFollowUp).toEqual([]);
    expect(attention(caseload, 4, 7).referralsToFollowUp.map((entry) => entry.waitingDays)).toEqual([10]);
  });
});
