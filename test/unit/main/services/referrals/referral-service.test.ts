import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import type { ServiceFieldsInput } from '../../../../../main/domain/directory/service-entry';
import type { ReferralFieldsInput } from '../../../../../main/domain/referrals/referral';
import { createMainTranslator } from '../../../../../main/i18n/main-i18n';
import { chainProblems, clientsFolder, errorOf, manualClock, memoryStore, readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const unknownId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';

/** A group activity meant for the connect phase: the issue's example of a referral that may come too early. */
const koffieochtend: ServiceFieldsInput = {
  name: 'Koffieochtend De Kern',
  kind: 'meeting_place',
  format: 'group',
  phases: ['connect'],
  contactPerson: 'Ans de Wit',
  phone: '030 123 45 67',
  notes: 'Alleen op dinsdag',
};
const huisarts: ServiceFieldsInput = { name: 'Huisartsenpraktijk Oost', kind: 'gp', format: 'individual', email: 'poh@oost.example.org' };

/** Monday 16 March 2026, 09:00 in Amsterdam; Sanne works with Henk Bakker. */
async function setUp(preferences: Record<string, unknown> = {}) {
  const dir = await makeTempDir();
  const clock = manualClock('2026-03-16T08:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock, preferences: memoryStore({ workerName: 'Sanne', ...preferences }) });
  const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));
  const clientId = (await call('clients.create', { givenName: 'Henk', familyName: 'Bakker', status: 'active' })).id;
  const service = async (fields: ServiceFieldsInput) => call('directory.create', { fields });
  const fields = (destination: ReferralFieldsInput['destination'], more: Partial<ReferralFieldsInput> = {}): ReferralFieldsInput => ({
    destination,
    reason: 'Henk zit veel alleen thuis sinds zijn vrouw overleed.',
    question: 'Kan Henk aansluiten bij de koffieochtend?',
    share: ['phone'],
    consentOn: '2026-03-16',
    plannedOn: '2026-03-16',
    ...more,
  });
  const create = async (input: ReferralFieldsInput, forClient = clientId) => call('referrals.create', { clientId: forClient, fields: input });
  const list = () => call('referrals.list', { clientId });
  const checkFit = (destination: ReferralFieldsInput['destination']) => call('referrals.checkFit', { clientId, destination });
  const clientFile = path.join(dir, clientsFolder, `${clientId}.json`);
  const startProgramme = () =>
    call('programme.start', { clientId, templateId: 'verbind-8-weeks', firstSessionAt: '2026-03-16T10:00:00+01:00' });
  /** A De Jong Gierveld-11 with every item "min of meer": a total of 11, very severely lonely. */
  const recordSevereLoneliness = async () => {
    const scale = (await call('measures.scales', {})).find((candidate) => candidate.id === 'de-jong-gierveld-11')!;
    const answers = Object.fromEntries(scale.items.map((item) => [item.id, 'min-of-meer']));
    await call('measures.record', { clientId, scaleId: scale.id, moment: 'intake', takenOn: '2026-03-16', answers });
  };
  return { dir, clock, app, call, clientId, service, fields, create, list, checkFit, clientFile, startProgramme, recordSevereLoneliness };
}

describe('referrals.checkFit', () => {
  it('warns twice for a group activity meant for connecting, for a severely lonely client in the calm phase (the issue’s example)', async () => {
    const { service, checkFit, startProgramme, recordSevereLoneliness } = await setUp();
    const entry = await service(koffieochtend);
    expect(await checkFit({ source: 'directory', serviceId: entry.id })).toEqual([]);

    await startProgramme();
    await recordSevereLoneliness();
    expect(await checkFit({ source: 'directory', serviceId: entry.id })).toEqual([
      { code: 'phaseMismatch', params: { phase: 'calm', suits: 'connect' } },
      { code: 'groupWhileSeverelyLonely', params: { band: 'very-severely-lonely' } },
    ]);
  });

  it('adds the stress warning after a session with a high check-in, following the threshold from Settings', async () => {
    const { call, clientId, checkFit, startProgramme } = await setUp({ stressThreshold: 6 });
    const run = await startProgramme();
    const group = { source: 'free' as const, name: 'Wandelgroep', kind: 'sport_culture' as const, format: 'group' as const };
    await call('programme.saveSession', { clientId, runId: run.id, session: 1, fields: { attendance: 'attended', stressBefore: 5, stressAfter: 3 } });
    expect(await checkFit(group)).toEqual([]);
    await call('programme.saveSession', { clientId, runId: run.id, session: 2, fields: { attendance: 'attended', stressBefore: 6 } });
    expect(await checkFit(group)).toEqual([{ code: 'groupWhileStressHigh', params: { stress: 6, threshold: 6 } }]);
    expect(await checkFit({ ...group, format: 'individual' })).toEqual([]);
  });

  it('answers not_found for a service that is not in the directory, and for an unknown client', async () => {
    const { app, clientId, service } = await setUp();
    const entry = await service(huisarts);
    expect(errorOf(await app.call('referrals.checkFit', { clientId, destination: { source: 'directory', serviceId: unknownId } }))).toEqual({
      code: 'not_found',
      messageKey: 'directory:errors.notFound',
    });
    expect(errorOf(await app.call('referrals.checkFit', { clientId: unknownId, destination: { source: 'directory', serviceId: entry.id } })).code).toBe(
      'not_found',
    );
  });
});

describe('referrals.create', () => {
  it('plans a referral with a copy of the directory entry and a first, planned step', async () => {
    const { service, fields, create, list } = await setUp();
    const entry = await service(huisarts);
    const referral = await create(fields({ source: 'directory', serviceId: entry.id }, { plannedOn: '2026-03-18', background: '  Woont alleen.  ' }));
    expect(referral).toStrictEqual({
      id: expect.stringMatching(uuid),
      destination: { serviceId: entry.id, name: 'Huisartsenpraktijk Oost', kind: 'gp', format: 'individual', phases: [], email: 'poh@oost.example.org' },
      reason: 'Henk zit veel alleen thuis sinds zijn vrouw overleed.',
      question: 'Kan Henk aansluiten bij de koffieochtend?',
      background: 'Woont alleen.',
      share: ['phone'],
      consentOn: '2026-03-16',
      plannedOn: '2026-03-18',
      status: 'planned',
      history: [{ to: 'planned', on: '2026-03-18', at: '2026-03-16T08:00:00.000Z', by: 'Sanne' }],
      createdAt: '2026-03-16T08:00:00.000Z',
      createdBy: 'Sanne',
      updatedAt: '2026-03-16T08:00:00.000Z',
      updatedBy: 'Sanne',
    });
    expect(await list()).toEqual([referral]);
  });

  it('refuses a destination that does not fit without a reason, pointing at the reason field, and stores nothing', async () => {
    const { app, clientId, service, fields, list, clientFile, startProgramme, recordSevereLoneliness } = await setUp();
    const entry = await service(koffieochtend);
    await startProgramme();
    await recordSevereLoneliness();
    const before = await fsp.readFile(clientFile);
    const refused = await app.call('referrals.create', { clientId, fields: fields({ source: 'directory', serviceId: entry.id }, { fitReason: '   ' }) });
    expect(errorOf(refused)).toEqual({
      code: 'invalid_input',
      messageKey: 'referrals:validation.fitReasonRequired',
      issues: [{ path: ['fields', 'fitReason'], messageKey: 'referrals:validation.fitReasonRequired' }],
    });
    expect(await list()).toEqual([]);
    expect(await fsp.readFile(clientFile)).toEqual(before);
  });

  it('with a reason, keeps the warnings shown and the reason the worker gave', async () => {
    const { service, fields, create, startProgramme, recordSevereLoneliness } = await setUp();
    const entry = await service(koffieochtend);
    await startProgramme();
    await recordSevereLoneliness();
    const referral = await create(fields({ source: 'directory', serviceId: entry.id }, { fitReason: 'Henk wil dit zelf graag; zijn dochter gaat mee.' }));
    expect(referral.fit).toEqual({
      warnings: [
        { code: 'phaseMismatch', params: { phase: 'calm', suits: 'connect' } },
        { code: 'groupWhileSeverelyLonely', params: { band: 'very-severely-lonely' } },
      ],
      reason: 'Henk wil dit zelf graag; zijn dochter gaat mee.',
    });
  });

  it('keeps its copy of the destination when the directory entry is changed or deleted later', async () => {
    const { call, service, fields, create, list } = await setUp();
    const entry = await service(huisarts);
    const referral = await create(fields({ source: 'directory', serviceId: entry.id }));
    const changed = await call('directory.update', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt, fields: { ...huisarts, name: 'Gezondheidscentrum Oost' } });
    expect((await list())[0]?.destination.name).toBe('Huisartsenpraktijk Oost');
    await call('directory.delete', { serviceId: entry.id, expectedUpdatedAt: changed.updatedAt });
    expect(await list()).toEqual([referral]);
  });

  it('takes a destination typed in once, with its phases in programme order', async () => {
    const { fields, create } = await setUp();
    const referral = await create(
      fields({ source: 'free', name: ' Schuldhulp Utrecht ', kind: 'debt_housing', format: 'individual', phases: ['connect', 'calm'], phone: '' }),
    );
    expect(referral.destination).toStrictEqual({ name: 'Schuldhulp Utrecht', kind: 'debt_housing', format: 'individual', phases: ['calm', 'connect'] });
  });

  it('refuses missing texts, a consent date in the future and an unknown service, storing nothing', async () => {
    const { app, clientId, fields, list, clientFile } = await setUp();
    const before = await fsp.readFile(clientFile);
    const free = { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' } as const;
    const missing = errorOf(await app.call('referrals.create', { clientId, fields: fields(free, { reason: ' ', question: '', plannedOn: '16-03-2026' }) }));
    expect(missing.code).toBe('invalid_input');
    expect(missing.issues).toEqual(
      expect.arrayContaining([
        { path: ['fields', 'reason'], messageKey: 'referrals:validation.reasonRequired' },
        { path: ['fields', 'question'], messageKey: 'referrals:validation.questionRequired' },
        { path: ['fields', 'plannedOn'], messageKey: 'referrals:validation.dateInvalid' },
      ]),
    );
    expect(errorOf(await app.call('referrals.create', { clientId, fields: fields(free, { consentOn: '2026-03-17' }) }))).toEqual({
      code: 'invalid_input',
      messageKey: 'referrals:validation.consentInFuture',
      issues: [{ path: ['fields', 'consentOn'], messageKey: 'referrals:validation.consentInFuture' }],
    });
    expect(errorOf(await app.call('referrals.create', { clientId, fields: fields({ source: 'directory', serviceId: unknownId }) }))).toEqual({
      code: 'not_found',
      messageKey: 'directory:errors.notFound',
    });
    expect(await list()).toEqual([]);
    expect(await fsp.readFile(clientFile)).toEqual(before);
  });

  it('lists a client’s referrals newest first', async () => {
    const { fields, create, list } = await setUp();
    const free = { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' } as const;
    const older = await create(fields(free, { plannedOn: '2026-03-02', consentOn: '2026-03-02' }));
    const newer = await create(fields(free, { plannedOn: '2026-03-20' }));
    const middle = await create(fields(free, { plannedOn: '2026-03-10', consentOn: '2026-03-10' }));
    expect((await list()).map((referral) => referral.id)).toEqual([newer.id, middle.id, older.id]);
  });
});

describe('referrals.update', () => {
  it('changes an open referral; the planned step moves with the planned day; a stale edit is refused', async () => {
    const { app, clock, call, clientId, fields, create, list } = await setUp();
    const free = { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' } as const;
    const referral = await create(fields(free));
    clock.set('2026-03-16T09:00:00.000Z');
    const updated = await call('referrals.update', {
      clientId,
      referralId: referral.id,
      expectedUpdatedAt: referral.updatedAt,
      fields: fields(free, { question: 'Graag een eerste gesprek thuis.', plannedOn: '2026-03-19' }),
    });
    expect(updated).toMatchObject({ question: 'Graag een eerste gesprek thuis.', plannedOn: '2026-03-19', updatedAt: '2026-03-16T09:00:00.000Z', createdAt: referral.createdAt });
    expect(updated.history).toEqual([{ ...referral.history[0], on: '2026-03-19' }]);

    const stale = await app.call('referrals.update', { clientId, referralId: referral.id, expectedUpdatedAt: referral.updatedAt, fields: fields(free) });
    expect(errorOf(stale)).toEqual({ code: 'conflict', messageKey: 'referrals:errors.changedElsewhere' });
    expect(await list()).toEqual([updated]);
  });

  it('checks the fit again: a new destination that does not fit needs a reason; a deleted service keeps its copy', async () => {
    const { app, call, clientId, service, fields, create, startProgramme } = await setUp();
    await startProgramme();
    const gp = await service(huisarts);
    const group = await service(koffieochtend);
    const referral = await create(fields({ source: 'directory', serviceId: gp.id }));
    const toGroup = await app.call('referrals.update', {
      clientId,
      referralId: referral.id,
      expectedUpdatedAt: referral.updatedAt,
      fields: fields({ source: 'directory', serviceId: group.id }),
    });
    expect(errorOf(toGroup).messageKey).toBe('referrals:validation.fitReasonRequired');

    await call('directory.delete', { serviceId: gp.id, expectedUpdatedAt: gp.updatedAt });
    const kept = await call('referrals.update', {
      clientId,
      referralId: referral.id,
      expectedUpdatedAt: referral.updatedAt,
      fields: fields({ source: 'directory', serviceId: gp.id }, { question: 'Nieuwe vraag' }),
    });
    expect(kept.destination).toEqual(referral.destination);
  });

  it('refuses to change a referral that is finished', async () => {
    const { app, call, clientId, fields, create } = await setUp();
    const free = { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' } as const;
    const referral = await create(fields(free));
    const withdrawn = await call('referrals.move', { clientId, referralId: referral.id, expectedUpdatedAt: referral.updatedAt, step: { to: 'withdrawn', on: '2026-03-16' } });
    const refused = await app.call('referrals.update', { clientId, referralId: referral.id, expectedUpdatedAt: withdrawn.updatedAt, fields: fields(free) });
    expect(errorOf(refused)).toEqual({ code: 'invalid_input', messageKey: 'referrals:errors.closedNotEditable' });
  });
});

describe('referrals.move and delete', () => {
  it('moves a referral step by step, each dated and noted, and refuses steps the pipeline does not allow', async () => {
    const { app, clock, call, clientId, fields, create, list } = await setUp();
    const referral = await create(fields({ source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' }, { plannedOn: '2026-03-16' }));
    clock.set('2026-03-20T10:00:00.000Z');
    const sent = await call('referrals.move', {
      clientId,
      referralId: referral.id,
      expectedUpdatedAt: referral.updatedAt,
      step: { to: 'sent', on: '2026-03-18', note: '  Gemaild naar het team.  ' },
    });
    expect(sent.status).toBe('sent');
    expect(sent.history).toEqual([
      referral.history[0],
      { from: 'planned', to: 'sent', on: '2026-03-18', note: 'Gemaild naar het team.', at: '2026-03-20T10:00:00.000Z', by: 'Sanne' },
    ]);

    const skip = await app.call('referrals.move', { clientId, referralId: referral.id, expectedUpdatedAt: sent.updatedAt, step: { to: 'completed', on: '2026-03-20' } });
    expect(errorOf(skip)).toEqual({ code: 'invalid_input', messageKey: 'referrals:errors.stepNotAllowed', params: { from: 'sent', to: 'completed' } });
    // As the renderer shows any refusal: its key and params, not a literal key the compiler knows.
    const t = (await createMainTranslator('nl')) as (key: string, params: Record<string, string | number>) => string;
    // The refusal's text names both statuses in the worker's words, not as ids.
    expect(t(errorOf(skip).messageKey, errorOf(skip).params ?? {})).toBe('Deze stap kan niet: van ‘Verstuurd’ naar ‘Afgerond’.');

    const early = await app.call('referrals.move', { clientId, referralId: referral.id, expectedUpdatedAt: sent.updatedAt, step: { to: 'accepted', on: '2026-03-17' } });
    expect(errorOf(early)).toEqual({
      code: 'invalid_input',
      messageKey: 'referrals:validation.stepDateBeforePrevious',
      params: { earliest: '2026-03-18' },
      issues: [{ path: ['step', 'on'], messageKey: 'referrals:validation.stepDateBeforePrevious' }],
    });
    const future = await app.call('referrals.move', { clientId, referralId: referral.id, expectedUpdatedAt: sent.updatedAt, step: { to: 'accepted', on: '2026-03-21' } });
    expect(errorOf(future).messageKey).toBe('referrals:validation.stepDateInFuture');
    const stale = await app.call('referrals.move', { clientId, referralId: referral.id, expectedUpdatedAt: referral.updatedAt, step: { to: 'accepted', on: '2026-03-19' } });
    expect(errorOf(stale).code).toBe('conflict');
    expect(await list()).toEqual([sent]);
  });

  it('deletes a referral only while it is planned; a sent one must be withdrawn', async () => {
    const { app, call, clientId, fields, create, list } = await setUp();
    const free = { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' } as const;
    const mistake = await create(fields(free));
    const real = await create(fields(free));
    expect(await call('referrals.delete', { clientId, referralId: mistake.id, expectedUpdatedAt: mistake.updatedAt })).toEqual({ deleted: true });
    const sent = await call('referrals.move', { clientId, referralId: real.id, expectedUpdatedAt: real.updatedAt, step: { to: 'sent', on: '2026-03-16' } });
    expect(errorOf(await app.call('referrals.delete', { clientId, referralId: real.id, expectedUpdatedAt: sent.updatedAt }))).toEqual({
      code: 'invalid_input',
      messageKey: 'referrals:errors.onlyPlannedDeletable',
    });
    expect(errorOf(await app.call('referrals.delete', { clientId, referralId: mistake.id, expectedUpdatedAt: mistake.updatedAt }))).toEqual({
      code: 'not_found',
      messageKey: 'referrals:errors.notFound',
    });
    expect(await list()).toEqual([sent]);
  });

  it('logs creation, every step and deletion by id and status only: no names, reasons, questions or notes', async () => {
    const { dir, call, clientId, fields, create } = await setUp();
    const free = { source: 'free', name: 'Buurtteam Zuid', kind: 'district_team', format: 'individual', contactPerson: 'Karin' } as const;
    const referral = await create(fields(free, { consentNote: 'Mondeling akkoord' }));
    const sent = await call('referrals.move', {
      clientId,
      referralId: referral.id,
      expectedUpdatedAt: referral.updatedAt,
      step: { to: 'sent', on: '2026-03-16', note: 'Gebeld met Karin' },
    });
    await call('referrals.move', { clientId, referralId: referral.id, expectedUpdatedAt: sent.updatedAt, step: { to: 'withdrawn', on: '2026-03-16' } });
    const other = await create(fields(free));
    await call('referrals.delete', { clientId, referralId: other.id, expectedUpdatedAt: other.updatedAt });

    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.filter((record) => record.entity === 'referral').map((record) => [record.action, record.entityId, record.clientId, record.detail])).toEqual([
      ['create', referral.id, clientId, undefined],
      ['change', referral.id, clientId, 'status:planned→sent'],
      ['change', referral.id, clientId, 'status:sent→withdrawn'],
      ['create', other.id, clientId, undefined],
      ['delete', other.id, clientId, undefined],
    ]);
    const log = await fsp.readFile(path.join(dir, 'audit', 'audit-log.jsonl'), 'utf8');
    for (const secret of ['Henk', 'Bakker', 'Buurtteam', 'Karin', 'alleen thuis', 'koffieochtend', 'Mondeling', 'Gebeld']) expect(log).not.toContain(secret);
  });
});

describe('open referrals and the reminder to follow up', () => {
  it('lists open referrals across the caseload, longest waiting first, and reminds after the follow-up days', async () => {
    const { clock, call, clientId, fields, create } = await setUp();
    const anna = (await call('clients.create', { givenName: 'Anna', familyName: 'Jansen', status: 'active' })).id;
    const free = { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' } as const;
    const henks = await create(fields(free));
    const sent = await call('referrals.move', { clientId, referralId: henks.id, expectedUpdatedAt: henks.updatedAt, step: { to: 'sent', on: '2026-03-16' } });
    const annas = await create(fields(free, { plannedOn: '2026-03-25' }), anna);

    clock.set('2026-03-30T08:00:00.000Z'); // 14 days after sending, 5 after Anna's planned day
    const open = await call('referrals.open', {});
    expect(open.map((row) => [row.client.familyName, row.referral.id, row.waitingDays, row.needsFollowUp])).toEqual([
      ['Bakker', sent.id, 14, false],
      ['Jansen', annas.id, 5, true],
    ]);
    expect((await call('attention.list', {})).referralsToFollowUp.map((row) => row.referral.id)).toEqual([annas.id]);

    clock.set('2026-03-31T08:00:00.000Z');
    expect((await call('attention.list', {})).referralsToFollowUp.map((row) => [row.client.familyName, row.waitingDays])).toEqual([
      ['Bakker', 15],
      ['Jansen', 6],
    ]);
    // A longer setting applies at once; an answer from the receiver ends the reminder.
    await call('preferences.update', { referralFollowUpDays: 20 });
    expect((await call('attention.list', {})).referralsToFollowUp.map((row) => row.client.familyName)).toEqual(['Jansen']);
    await call('preferences.update', { referralFollowUpDays: 14 });
    await call('referrals.move', { clientId, referralId: henks.id, expectedUpdatedAt: sent.updatedAt, step: { to: 'accepted', on: '2026-03-31' } });
    expect((await call('attention.list', {})).referralsToFollowUp.map((row) => row.client.familyName)).toEqual(['Jansen']);
  });
});
