import { describe, expect, it } from 'vitest';
import type { AgendaDay } from '../../../../../main/domain/agenda/agenda';
import { chainProblems, errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const unknownId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';

/**
 * A moment given in the laptop's own time zone (month 1–12). The tests never set TZ: they hold in
 * any zone because they build local times the way the agenda reads them.
 */
const local = (year: number, month: number, day: number, hour = 0, minute = 0) => new Date(year, month - 1, day, hour, minute).toISOString();

async function setUp() {
  const dir = await makeTempDir();
  const clock = manualClock(local(2026, 11, 23, 8));
  const app = await startTestCore({ dataDir: dir, clock });
  const client = async (givenName: string, familyName: string) => valueOf(await app.call('clients.create', { givenName, familyName })).id;
  const plan = async (clientId: string, start: string, extra: Record<string, unknown> = {}) =>
    valueOf(await app.call('appointments.create', { clientId, fields: { start, durationMinutes: 60, type: 'home_visit', ...extra } }));
  const days = async (from: string, to: string) => valueOf(await app.call('agenda.days', { from, to }));
  return { dir, clock, app, client, plan, days };
}

const day = (days: AgendaDay[], date: string) => days.find((entry) => entry.date === date);

describe('appointments through the dispatcher', () => {
  it('plans an appointment, stores its time in UTC and lists a client\'s appointments earliest first', async () => {
    const { app, client, plan } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const later = await plan(anna, local(2026, 11, 27, 14), { location: '  Buurthuis ', note: 'Koffie\nmeenemen' });
    const sooner = await plan(anna, '2026-11-24T10:00:00+01:00');

    expect(sooner.start).toBe('2026-11-24T09:00:00.000Z');
    expect(later).toMatchObject({ location: 'Buurthuis', note: 'Koffie\nmeenemen', durationMinutes: 60, type: 'home_visit' });
    expect(valueOf(await app.call('appointments.list', { clientId: anna })).map((a) => a.id)).toEqual([sooner.id, later.id]);
  });

  it('moves an appointment, refuses a move from a stale copy, and cancels it', async () => {
    const { app, client, plan, clock } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const planned = await plan(anna, local(2026, 11, 24, 10));
    clock.set(local(2026, 11, 23, 9));
    const moved = valueOf(
      await app.call('appointments.update', {
        clientId: anna,
        appointmentId: planned.id,
        expectedUpdatedAt: planned.updatedAt,
        fields: { start: local(2026, 11, 25, 11), durationMinutes: 30, type: 'phone' },
      }),
    );
    expect(moved).toMatchObject({ id: planned.id, start: local(2026, 11, 25, 11), durationMinutes: 30, type: 'phone', createdAt: planned.createdAt });

    const stale = await app.call('appointments.update', {
      clientId: anna,
      appointmentId: planned.id,
      expectedUpdatedAt: planned.updatedAt,
      fields: { start: local(2026, 11, 26, 9), durationMinutes: 30, type: 'phone' },
    });
    expect(errorOf(stale)).toEqual({ code: 'conflict', messageKey: 'errors:appointmentChangedElsewhere' });
    expect(valueOf(await app.call('appointments.list', { clientId: anna }))).toEqual([moved]);

    expect(valueOf(await app.call('appointments.delete', { clientId: anna, appointmentId: planned.id }))).toEqual({ deleted: true });
    expect(valueOf(await app.call('appointments.list', { clientId: anna }))).toEqual([]);
    expect(errorOf(await app.call('appointments.delete', { clientId: anna, appointmentId: planned.id }))).toEqual({
      code: 'not_found',
      messageKey: 'errors:appointmentNotFound',
    });
  });

  it('refuses a duration under five minutes or over twelve hours', async () => {
    const { app, client } = await setUp();
    const anna = await client('Anna', 'Jansen');
    for (const durationMinutes of [0, 4, 721, 30.5]) {
      const result = await app.call('appointments.create', { clientId: anna, fields: { start: local(2026, 11, 24, 10), durationMinutes, type: 'office' } });
      expect(errorOf(result).issues, String(durationMinutes)).toEqual([
        { path: ['fields', 'durationMinutes'], messageKey: 'appointments:validation.durationInvalid' },
      ]);
    }
  });

  it('keeps an audit record of planning, moving and cancelling', async () => {
    const { app, dir, client, plan } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const planned = await plan(anna, local(2026, 11, 24, 10), { note: 'Over haar zoon praten' });
    valueOf(
      await app.call('appointments.update', {
        clientId: anna,
        appointmentId: planned.id,
        expectedUpdatedAt: planned.updatedAt,
        fields: { start: local(2026, 11, 24, 11), durationMinutes: 60, type: 'home_visit' },
      }),
    );
    valueOf(await app.call('appointments.delete', { clientId: anna, appointmentId: planned.id }));
    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.filter((r) => r.entity === 'appointment').map((r) => [r.action, r.clientId, r.entityId])).toEqual([
      ['create', anna, planned.id],
      ['change', anna, planned.id],
      ['delete', anna, planned.id],
    ]);
    expect(JSON.stringify(records)).not.toContain('zoon');
  });
});

describe('agenda.days', () => {
  it('puts an appointment at 00:30 and one at 23:45 local time on that local day, in time order', async () => {
    const { client, plan, days } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const piet = await client('Piet', 'Bakker');
    const late = await plan(anna, local(2026, 11, 24, 23, 45));
    const early = await plan(piet, local(2026, 11, 24, 0, 30));
    const midnight = await plan(anna, local(2026, 11, 25, 0, 0));

    const result = await days('2026-11-23', '2026-11-25');
    expect(day(result, '2026-11-23')?.appointments).toEqual([]);
    expect(day(result, '2026-11-24')?.appointments.map((entry) => entry.appointment.id)).toEqual([early.id, late.id]);
    expect(day(result, '2026-11-24')?.appointments.map((entry) => entry.clientName)).toEqual(['Piet Bakker', 'Anna Jansen']);
    expect(day(result, '2026-11-25')?.appointments.map((entry) => entry.appointment.id)).toEqual([midnight.id]);
  });

  it('lists every day of the range, also the empty ones, across a month end and a DST change', async () => {
    const { days } = await setUp();
    const week = await days('2026-03-26', '2026-04-01');
    expect(week.map((entry) => entry.date)).toEqual([
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
    expect(week.every((entry) => entry.appointments.length === 0 && entry.agreements.length === 0)).toBe(true);
    expect((await days('2026-10-24', '2026-10-26')).map((entry) => entry.date)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect((await days('2028-02-28', '2028-03-01')).map((entry) => entry.date)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('shows agreements on their due day across clients, open ones before ticked-off ones', async () => {
    const { app, client, days } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const bram = await client('Bram', 'Bakker');
    const contactOf = async (clientId: string, agreements: { text: string; owner: 'worker' | 'client'; due?: string }[]) =>
      valueOf(await app.call('contacts.create', { clientId, fields: { at: local(2026, 11, 20, 10), type: 'phone', summary: '', agreements } }));
    const annaContact = await contactOf(anna, [
      { text: 'Anna: buurthuis', owner: 'worker', due: '2026-11-24' },
      { text: 'Anna: zonder datum', owner: 'client' },
    ]);
    const bramContact = await contactOf(bram, [{ text: 'Bram: huisarts', owner: 'client', due: '2026-11-24' }]);
    // Anna's agreement (first by name) is ticked off, so it moves below Bram's open one.
    valueOf(
      await app.call('contacts.setAgreementDone', { clientId: anna, contactId: annaContact.id, agreementId: annaContact.agreements[0]?.id, done: true }),
    );

    const tuesday = day(await days('2026-11-24', '2026-11-24'), '2026-11-24');
    expect(tuesday?.agreements.map((entry) => [entry.agreement.text, entry.agreement.doneAt !== undefined, entry.clientName])).toEqual([
      ['Bram: huisarts', false, 'Bram Bakker'],
      ['Anna: buurthuis', true, 'Anna Jansen'],
    ]);
    expect(tuesday?.agreements[0]).toMatchObject({ clientId: bram, contactId: bramContact.id, contactType: 'phone' });
    const all = await days('2026-11-01', '2026-11-30');
    expect(all.flatMap((entry) => entry.agreements).map((entry) => entry.agreement.text)).not.toContain('Anna: zonder datum');
  });

  it('uses the preferred name in the agenda, as the worker calls the client', async () => {
    const { app, plan, days } = await setUp();
    const id = valueOf(await app.call('clients.create', { givenName: 'Johanna', preferredName: 'Joke', familyName: 'de Boer' })).id;
    await plan(id, local(2026, 11, 24, 10));
    expect(day(await days('2026-11-24', '2026-11-24'), '2026-11-24')?.appointments[0]?.clientName).toBe('Joke de Boer');
  });

  it('accepts a range of exactly 92 days and refuses 93 days or a reversed range', async () => {
    const { app, days } = await setUp();
    expect(await days('2026-01-01', '2026-04-02')).toHaveLength(92);
    const refused = { code: 'invalid_input', messageKey: 'agenda:validation.rangeInvalid' };
    expect(errorOf(await app.call('agenda.days', { from: '2026-01-01', to: '2026-04-03' }))).toEqual(refused);
    expect(errorOf(await app.call('agenda.days', { from: '2026-01-01', to: '2027-01-01' }))).toEqual(refused);
    expect(errorOf(await app.call('agenda.days', { from: '2026-11-25', to: '2026-11-24' }))).toEqual(refused);
    expect(await days('2026-11-24', '2026-11-24')).toHaveLength(1);
  });

  it('refuses a day that does not exist, on its field', async () => {
    const { app } = await setUp();
    expect(errorOf(await app.call('agenda.days', { from: '2026-02-29', to: '2026-03-03' })).issues).toEqual([
      { path: ['from'], messageKey: 'agenda:validation.dateInvalid' },
    ]);
  });

  it('shows a new appointment at once and a cancelled one no more', async () => {
    const { app, client, plan, days } = await setUp();
    const anna = await client('Anna', 'Jansen');
    expect(day(await days('2026-11-24', '2026-11-24'), '2026-11-24')?.appointments).toEqual([]);
    const planned = await plan(anna, local(2026, 11, 24, 10));
    expect(day(await days('2026-11-24', '2026-11-24'), '2026-11-24')?.appointments).toHaveLength(1);
    valueOf(await app.call('appointments.delete', { clientId: anna, appointmentId: planned.id }));
    expect(day(await days('2026-11-24', '2026-11-24'), '2026-11-24')?.appointments).toEqual([]);
  });

  it('answers not_found for an appointment of an unknown client', async () => {
    const { app } = await setUp();
    expect(errorOf(await app.call('appointments.list', { clientId: unknownId }))).toEqual({ code: 'not_found', messageKey: 'errors:clientNotFound' });
  });
});
