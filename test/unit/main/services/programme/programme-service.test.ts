import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import { chainProblems, errorOf, manualClock, memoryStore, readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';

// A Dutch laptop: local days and the change to and from summer time are the ones workers live by.
useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const templateId = defaultTemplate.id;

/** A core on a fresh (or given) folder, on Monday 16 March 2026 09:00 in Amsterdam, with helpers. */
async function setUp(existingDir?: string, preferences?: Record<string, unknown>) {
  const dir = existingDir ?? (await makeTempDir());
  const clock = manualClock('2026-03-16T08:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock, ...(preferences ? { preferences: memoryStore(preferences) } : {}) });
  const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));
  const client = async (givenName: string, familyName: string) => valueOf(await app.call('clients.create', { givenName, familyName })).id;
  const start = (clientId: string, firstSessionAt = '2026-03-16T10:00:00+01:00') =>
    call('programme.start', { clientId, templateId, firstSessionAt });
  const save = (clientId: string, runId: string, session: number, fields: Record<string, unknown>) =>
    app.call('programme.saveSession', { clientId, runId, session, fields });
  const view = (clientId: string) => call('programme.view', { clientId });
  return { dir, app, clock, call, client, start, save, view };
}

/** Answers that give a De Jong Gierveld-11 total of 11 (every item "min of meer") or 0 (the keyed "no loneliness" answer). */
const djg11 = 'de-jong-gierveld-11';
async function recordDjg(app: Awaited<ReturnType<typeof setUp>>['app'], clientId: string, lonely: boolean, moment: string, takenOn: string) {
  const scale = valueOf(await app.call('measures.scales', {})).find((candidate) => candidate.id === djg11)!;
  const answers = Object.fromEntries(
    scale.items.map((item) => [item.id, lonely ? 'min-of-meer' : Object.entries(item.scores).find(([, score]) => score === 0)![0]]),
  );
  return valueOf(await app.call('measures.record', { clientId, scaleId: djg11, moment, takenOn, answers }));
}

const guidanceKeys = (progress: { guidance: { key: string }[] } | undefined) => progress?.guidance.map((entry) => entry.key);

describe('programme.start', () => {
  it('plans the 8 weekly sessions at the same local time, also across the change to summer time', async () => {
    const { client, start } = await setUp();
    const run = await start(await client('Anna', 'Jansen'), '2026-03-16T10:00:00+01:00');
    // Summer time starts on Sunday 29 March: 10:00 is 09:00 UTC before it and 08:00 UTC after it.
    expect(run.sessions.map((session) => session.plannedAt)).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
      '2026-04-13T08:00:00.000Z',
      '2026-04-20T08:00:00.000Z',
      '2026-04-27T08:00:00.000Z',
      '2026-05-04T08:00:00.000Z',
    ]);
    expect(run).toMatchObject({ templateId, templateVersion: 1, startDate: '2026-03-16', mode: 'individual', status: 'running' });
    expect(run.group).toBeUndefined();
    expect(run.sessions.map((session) => session.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const session of run.sessions) {
      expect(session).toMatchObject({ doneExercises: [], notes: '', homework: '' });
      expect(session.attendance).toBeUndefined();
    }
  });

  it('keeps the local time when summer time ends, whatever offset the first session was given in', async () => {
    const { client, start } = await setUp();
    // 10:00 in Amsterdam on Monday 19 October 2026, written in UTC; winter time starts on 25 October.
    const run = await start(await client('Anna', 'Jansen'), '2026-10-19T08:00:00Z');
    expect(run.startDate).toBe('2026-10-19');
    expect(run.sessions.slice(0, 3).map((session) => session.plannedAt)).toEqual([
      '2026-10-19T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
    ]);
    expect(run.sessions.map((session) => new Date(session.plannedAt).getHours())).toEqual(Array(8).fill(10));
  });

  it('refuses a second programme while one runs, and allows a new one once it has ended', async () => {
    const { app, call, client, start, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const first = await start(anna);
    expect(errorOf(await app.call('programme.start', { clientId: anna, templateId, firstSessionAt: '2026-04-01T10:00:00+02:00' }))).toEqual({
      code: 'invalid_input',
      messageKey: 'programme:run.alreadyRunning',
    });
    expect((await view(anna)).run).toEqual(first);

    await call('programme.end', { clientId: anna, runId: first.id, status: 'stopped' });
    const second = await start(anna, '2026-06-01T10:00:00+02:00');
    expect(second.id).not.toBe(first.id);
    expect((await view(anna)).run).toEqual(second);
  });

  it('answers not_found for an unknown client or template, and refuses a time without an offset', async () => {
    const { app, client } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const starting = (input: Record<string, unknown>) =>
      app.call('programme.start', { clientId: anna, templateId, firstSessionAt: '2026-03-16T10:00:00+01:00', ...input });
    expect(errorOf(await starting({ templateId: 'bestaat-niet' }))).toEqual({ code: 'not_found', messageKey: 'programme:templates.notFound' });
    expect(errorOf(await starting({ clientId: '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d' }))).toEqual({
      code: 'not_found',
      messageKey: 'errors:clientNotFound',
    });
    expect(errorOf(await starting({ firstSessionAt: '2026-03-16T10:00:00' }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['firstSessionAt'], messageKey: 'programme:validation.dateTimeInvalid' }],
    });
    expect(valueOf(await app.call('programme.view', { clientId: anna }))).toEqual({ moments: [] });
    expect(errorOf(await app.call('programme.view', { clientId: '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d' })).code).toBe('not_found');
  });
});

describe('programme.saveSession and moveSession', () => {
  it('saves a session as the worker goes and gives the notes back exactly', async () => {
    const { clock, client, start, save, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const run = await start(anna);
    const notes = 'Anna kwam binnen met "veel" spanning.\n\n  - wandeling 🐈‍⬛\r\n\tthee\u00a0 ';
    clock.set('2026-03-16T08:05:00.000Z');
    const first = valueOf(
      await save(anna, run.id, 1, {
        attendance: 'attended',
        stressBefore: 10,
        stressAfter: 0,
        doneExercises: ['s1-slow-breathing', 's1-stress-thermometer', 's1-slow-breathing'],
        notes,
        homework: 'Elke ochtend 5 minuten ademen.',
      }),
    );
    expect(first).toEqual({
      number: 1,
      plannedAt: run.sessions[0]?.plannedAt,
      attendance: 'attended',
      stressBefore: 10,
      stressAfter: 0,
      doneExercises: ['s1-slow-breathing', 's1-stress-thermometer'],
      notes,
      homework: 'Elke ochtend 5 minuten ademen.',
      updatedAt: '2026-03-16T08:05:00.000Z',
      updatedBy: expect.any(String),
    });
    expect((await view(anna)).run?.sessions[0]).toEqual(first);

    // The next autosave replaces the record with what the form holds now.
    clock.set('2026-03-16T08:20:00.000Z');
    const second = valueOf(await save(anna, run.id, 1, { attendance: 'attended', stressBefore: 6, notes: `${notes}Later meer.` }));
    expect(second).toMatchObject({ stressBefore: 6, notes: `${notes}Later meer.`, doneExercises: [], homework: '', updatedAt: '2026-03-16T08:20:00.000Z' });
    expect(second.stressAfter).toBeUndefined();
    const stored = (await view(anna)).run;
    expect(stored?.sessions[0]).toEqual(second);
    expect(stored?.sessions.slice(1)).toEqual(run.sessions.slice(1));
  });

  it.each([
    ['below 0', { stressBefore: -1 }, 'stressBefore'],
    ['above 10', { stressAfter: 11 }, 'stressAfter'],
    ['not whole', { stressBefore: 4.5 }, 'stressBefore'],
    ['text', { stressAfter: '5' }, 'stressAfter'],
  ])('refuses a stress check-in %s and keeps what was stored', async (_label, fields, field) => {
    const { client, start, save, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const run = await start(anna);
    const kept = valueOf(await save(anna, run.id, 2, { attendance: 'attended', stressBefore: 5, notes: 'Eerst dit.' }));
    expect(errorOf(await save(anna, run.id, 2, { attendance: 'attended', notes: 'Dan dit.', ...fields }))).toEqual({
      code: 'invalid_input',
      messageKey: 'errors:invalidInput',
      issues: [{ path: ['fields', field], messageKey: 'programme:validation.stressLevel' }],
    });
    expect((await view(anna)).run?.sessions[1]).toEqual(kept);
  });

  it('answers not_found for a session or programme the client does not have', async () => {
    const { client, start, save } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const run = await start(anna);
    expect(errorOf(await save(anna, run.id, 9, { notes: 'x' }))).toEqual({ code: 'not_found', messageKey: 'programme:run.sessionNotFound' });
    expect(errorOf(await save(anna, '9f1c2b3a-0000-4000-8000-000000000000', 1, { notes: 'x' }))).toEqual({
      code: 'not_found',
      messageKey: 'programme:run.notFound',
    });
    // Another client's programme is not this client's.
    const piet = await client('Piet', 'Bakker');
    expect(errorOf(await save(piet, run.id, 1, { notes: 'x' })).messageKey).toBe('programme:run.notFound');
  });

  it('moves one planned session and keeps what was recorded for it', async () => {
    const { app, client, start, save, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const run = await start(anna);
    valueOf(await save(anna, run.id, 3, { notes: 'Voorbereid.' }));
    const moved = valueOf(
      await app.call('programme.moveSession', { clientId: anna, runId: run.id, session: 3, plannedAt: '2026-04-01T14:00:00+02:00' }),
    );
    expect(moved).toMatchObject({ number: 3, plannedAt: '2026-04-01T12:00:00.000Z', notes: 'Voorbereid.' });
    const sessions = (await view(anna)).run?.sessions ?? [];
    expect(sessions[2]).toEqual(moved);
    expect(sessions.map((session) => session.plannedAt)).toEqual(run.sessions.map((session, index) => (index === 2 ? moved.plannedAt : session.plannedAt)));
    expect(errorOf(await app.call('programme.moveSession', { clientId: anna, runId: run.id, session: 9, plannedAt: '2026-04-01T14:00:00+02:00' }))).toEqual({
      code: 'not_found',
      messageKey: 'programme:run.sessionNotFound',
    });
  });

  it('ends a programme: its sessions leave the agenda, the client page still shows it', async () => {
    const { call, client, start, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const run = await start(anna);
    const ended = await call('programme.end', { clientId: anna, runId: run.id, status: 'finished' });
    expect(ended).toMatchObject({ id: run.id, status: 'finished', sessions: run.sessions });
    expect((await view(anna)).run).toEqual(ended);
    const days = await call('agenda.days', { from: '2026-03-16', to: '2026-05-10' });
    expect(days.flatMap((day) => day.sessions)).toEqual([]);
  });
});

describe('programme.view: phase progress and guidance', () => {
  /** Sessions 1–3 (the calm phase) attended with these stress levels at the start. */
  async function afterCalmPhase(stress: readonly number[], preferences?: Record<string, unknown>) {
    const parts = await setUp(undefined, preferences);
    const anna = await parts.client('Anna', 'Jansen');
    const run = await parts.start(anna);
    for (const [index, level] of stress.entries()) {
      valueOf(await parts.save(anna, run.id, index + 1, { attendance: 'attended', stressBefore: level, stressAfter: Math.max(0, level - 2) }));
    }
    return { ...parts, anna, run };
  }

  it('suggests more calming work when stress is still high after the calm phase', async () => {
    const { anna, view } = await afterCalmPhase([8, 7, 6]);
    const { progress } = await view(anna);
    expect(progress).toMatchObject({ currentPhase: 'skills', nextSessionNumber: 4, sessionsDone: 3, sessionsPlanned: 8, sessionsMissed: 0 });
    expect(progress?.stressTrend).toEqual({ direction: 'falling', first: 8, latest: 6, measured: 3 });
    expect(progress?.guidance).toEqual([{ key: 'programme:guidance.calmMoreFirst', params: { stress: 6, threshold: 5, phase: 'skills' } }]);
  });

  it('gives no phase advice before the calm phase is done', async () => {
    const { anna, view } = await afterCalmPhase([8, 7]);
    expect((await view(anna)).progress).toMatchObject({ currentPhase: 'calm', nextSessionNumber: 3, guidance: [] });
  });

  it('follows the stress threshold set in Settings, at once', async () => {
    const { app, anna, view } = await afterCalmPhase([8, 7, 6]);
    valueOf(await app.call('preferences.update', { stressThreshold: 7 }));
    expect(guidanceKeys((await view(anna)).progress)).toEqual(['programme:guidance.readyForNextPhase']);
    valueOf(await app.call('preferences.update', { stressThreshold: 6 }));
    expect((await view(anna)).progress?.guidance).toEqual([
      { key: 'programme:guidance.calmMoreFirst', params: { stress: 6, threshold: 6, phase: 'skills' } },
    ]);
    expect(errorOf(await app.call('preferences.update', { stressThreshold: 11 }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['stressThreshold'], messageKey: 'settings:validation.stressThreshold' }],
    });
  });

  it('reads a threshold already stored in Settings when it starts', async () => {
    const { anna, view } = await afterCalmPhase([8, 7, 6], { stressThreshold: 8 });
    expect(guidanceKeys((await view(anna)).progress)).toEqual(['programme:guidance.readyForNextPhase']);
  });

  it('keeps group activities for later while loneliness is (very) severe and stress high', async () => {
    const { app, anna, view } = await afterCalmPhase([7]);
    expect(guidanceKeys((await view(anna)).progress)).toEqual([]);

    const intake = await recordDjg(app, anna, true, 'intake', '2026-03-16');
    expect(intake.score.ok && intake.score.total).toMatchObject({ value: 11, band: { key: 'very-severely-lonely' } });
    expect((await view(anna)).progress?.guidance).toEqual([
      { key: 'programme:guidance.groupActivitiesLater', params: { band: 'very-severely-lonely', stress: 7 } },
    ]);

    // A later measurement without loneliness is the one that counts.
    await recordDjg(app, anna, false, 'other', '2026-03-20');
    expect(guidanceKeys((await view(anna)).progress)).toEqual([]);
  });

  it('does not hold group activities back when stress is low', async () => {
    const { app, anna, view } = await afterCalmPhase([3]);
    await recordDjg(app, anna, true, 'intake', '2026-03-16');
    expect(guidanceKeys((await view(anna)).progress)).toEqual([]);
  });
});

describe('programme.view: measurement moments', () => {
  it('shows intake as due at the start and done once an intake questionnaire is recorded; later moments follow', async () => {
    const { app, clock, client, start, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    await start(anna);
    // The last session is on 4 May: halfway is the middle day, follow-up three months after the end.
    expect((await view(anna)).moments).toEqual([
      { moment: 'intake', due: '2026-03-16', status: 'due' },
      { moment: 'halfway', due: '2026-04-09', status: 'upcoming' },
      { moment: 'end', due: '2026-05-04', status: 'upcoming' },
      { moment: 'follow_up', due: '2026-08-04', status: 'upcoming' },
    ]);

    await recordDjg(app, anna, true, 'intake', '2026-03-16');
    expect((await view(anna)).moments[0]).toEqual({ moment: 'intake', due: '2026-03-16', status: 'done', takenOn: '2026-03-16' });

    clock.set('2026-04-08T08:00:00.000Z');
    expect((await view(anna)).moments[1]?.status).toBe('due');
    clock.set('2026-04-20T08:00:00.000Z');
    expect((await view(anna)).moments[1]?.status).toBe('overdue');
    await recordDjg(app, anna, false, 'halfway', '2026-04-20');
    expect((await view(anna)).moments.map((moment) => moment.status)).toEqual(['done', 'done', 'upcoming', 'upcoming']);
  });
});

describe('programme.startGroup', () => {
  it('refuses the whole group before anything is written when one member already follows a programme', async () => {
    const { app, call, client, start, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const bram = await client('Bram', 'Bakker');
    const carla = await client('Carla', 'Çelik');
    const carlaRun = await start(carla);
    const group = (clientIds: string[]) =>
      app.call('programme.startGroup', { name: 'Dinsdaggroep', templateId, firstSessionAt: '2026-03-17T14:00:00+01:00', clientIds });

    expect(errorOf(await group([anna, bram, carla]))).toEqual({
      code: 'invalid_input',
      messageKey: 'programme:run.alreadyRunningFor',
      params: { client: 'Çelik' },
    });
    expect(errorOf(await group([anna, bram, anna]))).toEqual({ code: 'invalid_input', messageKey: 'errors:invalidInput' });
    expect(errorOf(await group([anna, '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d'])).code).toBe('not_found');
    expect(errorOf(await group([anna]))).toMatchObject({ issues: [{ path: ['clientIds'], messageKey: 'programme:validation.groupTooSmall' }] });

    expect(await view(anna)).toEqual({ moments: [] });
    expect(await view(bram)).toEqual({ moments: [] });
    expect((await view(carla)).run).toEqual(carlaRun);
    expect(await call('programme.groups', {})).toEqual([]);
  });

  it('gives every member a run with the group, lists the group, and keeps check-ins per member', async () => {
    const { call, client, save, view } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const bram = await client('Bram', 'Bakker');
    const group = await call('programme.startGroup', {
      name: 'Dinsdaggroep',
      templateId,
      firstSessionAt: '2026-03-17T14:00:00+01:00',
      clientIds: [anna, bram],
    });
    expect(group).toEqual({ id: expect.any(String), name: 'Dinsdaggroep' });

    const annaRun = (await view(anna)).run!;
    const bramRun = (await view(bram)).run!;
    for (const run of [annaRun, bramRun]) {
      expect(run).toMatchObject({ mode: 'group', group, templateId, templateVersion: 1, status: 'running', startDate: '2026-03-17' });
    }
    expect(annaRun.id).not.toBe(bramRun.id);
    expect(annaRun.sessions.map((session) => session.plannedAt)).toEqual(bramRun.sessions.map((session) => session.plannedAt));

    const groups = await call('programme.groups', {});
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: group.id, name: 'Dinsdaggroep', templateId, templateVersion: 1 });
    expect([...(groups[0]?.members ?? [])].sort((a, b) => a.clientName.localeCompare(b.clientName))).toEqual([
      { clientId: anna, clientName: 'Anna Jansen', runId: annaRun.id },
      { clientId: bram, clientName: 'Bram Bakker', runId: bramRun.id },
    ]);

    valueOf(await save(anna, annaRun.id, 1, { attendance: 'attended', stressBefore: 7 }));
    valueOf(await save(bram, bramRun.id, 1, { attendance: 'no_show' }));
    expect((await view(anna)).run?.sessions[0]).toMatchObject({ attendance: 'attended', stressBefore: 7 });
    expect((await view(bram)).run?.sessions[0]).toMatchObject({ attendance: 'no_show' });
    expect((await view(bram)).run?.sessions[0]?.stressBefore).toBeUndefined();

    // A member who stops leaves the group list; the group goes on for the others.
    await call('programme.end', { clientId: bram, runId: bramRun.id, status: 'stopped' });
    expect((await call('programme.groups', {}))[0]?.members.map((member) => member.clientId)).toEqual([anna]);
  });
});

describe('agenda.days with programme sessions', () => {
  it('shows each session on its local day, with the group name for group sessions', async () => {
    const { app, call, client, start } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const bram = await client('Bram', 'Bakker');
    const carla = await client('Carla', 'de Wit');
    // 00:30 on Tuesday in Amsterdam is still Monday in UTC.
    const late = await start(anna, '2026-03-17T00:30:00+01:00');
    const group = await call('programme.startGroup', {
      name: 'Dinsdaggroep',
      templateId,
      firstSessionAt: '2026-03-17T14:00:00+01:00',
      clientIds: [bram, carla],
    });
    const bramRun = (await call('programme.view', { clientId: bram })).run!;

    const days = await call('agenda.days', { from: '2026-03-16', to: '2026-03-18' });
    expect(days.map((day) => [day.date, day.sessions.length])).toEqual([
      ['2026-03-16', 0],
      ['2026-03-17', 3],
      ['2026-03-18', 0],
    ]);
    expect(days[1]?.sessions).toEqual([
      { clientId: anna, clientName: 'Anna Jansen', runId: late.id, sessionNumber: 1, plannedAt: '2026-03-16T23:30:00.000Z' },
      { clientId: bram, clientName: 'Bram Bakker', runId: bramRun.id, sessionNumber: 1, plannedAt: '2026-03-17T13:00:00.000Z', groupName: group.name },
      expect.objectContaining({ clientId: carla, sessionNumber: 1, groupName: 'Dinsdaggroep' }),
    ]);

    // After the change to summer time the session is still at 00:30 on a Tuesday.
    const april = await call('agenda.days', { from: '2026-04-06', to: '2026-04-07' });
    expect(april.map((day) => day.sessions.filter((entry) => entry.clientId === anna).map((entry) => entry.sessionNumber))).toEqual([[], [4]]);

    // A moved session moves in the agenda.
    valueOf(await app.call('programme.moveSession', { clientId: anna, runId: late.id, session: 2, plannedAt: '2026-03-26T09:00:00+01:00' }));
    const moved = await call('agenda.days', { from: '2026-03-24', to: '2026-03-26' });
    expect(moved.map((day) => day.sessions.filter((entry) => entry.clientId === anna).map((entry) => entry.sessionNumber))).toEqual([[], [], [2]]);
  });
});

describe('programmes on disk', () => {
  it('keeps runs, recorded sessions, groups and the agenda across a restart of the core on the same folder', async () => {
    const first = await setUp();
    const anna = await first.client('Anna', 'Jansen');
    const bram = await first.client('Bram', 'Bakker');
    const carla = await first.client('Carla', 'de Wit');
    const run = await first.start(anna);
    valueOf(await first.save(anna, run.id, 1, { attendance: 'attended', stressBefore: 6, stressAfter: 4, notes: 'Regel 1\nRegel 2  ' }));
    valueOf(await first.app.call('programme.moveSession', { clientId: anna, runId: run.id, session: 2, plannedAt: '2026-03-24T11:00:00+01:00' }));
    await first.call('programme.startGroup', { name: 'Groep', templateId, firstSessionAt: '2026-03-18T14:00:00+01:00', clientIds: [bram, carla] });
    valueOf(await first.app.call('preferences.update', { stressThreshold: 6 }));
    const snapshot = async (parts: typeof first) => ({
      anna: await parts.view(anna),
      bram: await parts.view(bram),
      groups: (await parts.call('programme.groups', {})).map((group) => ({ ...group, members: [...group.members].sort((a, b) => a.clientId.localeCompare(b.clientId)) })),
      agenda: await parts.call('agenda.days', { from: '2026-03-16', to: '2026-05-10' }),
    });
    const before = await snapshot(first);
    await first.app.close();

    const second = await setUp(first.dir);
    expect(await snapshot(second)).toEqual(before);
    expect(before.anna.run?.sessions[0]?.notes).toBe('Regel 1\nRegel 2  ');
    expect((await second.call('app.status', {})).problems).toEqual([]);
  });

  it('leaves an audit record for every change to a programme, never the notes', async () => {
    const { dir, app, call, client, start, save } = await setUp();
    const anna = await client('Anna', 'Jansen');
    const bram = await client('Bram', 'Bakker');
    const carla = await client('Carla', 'de Wit');
    const run = await start(anna);
    valueOf(await save(anna, run.id, 1, { attendance: 'attended', notes: 'Zij vertelde over haar zoon', homework: 'Buurvrouw bellen' }));
    valueOf(await app.call('programme.moveSession', { clientId: anna, runId: run.id, session: 2, plannedAt: '2026-03-24T11:00:00+01:00' }));
    await call('programme.end', { clientId: anna, runId: run.id, status: 'finished' });
    await call('programme.startGroup', { name: 'Groep', templateId, firstSessionAt: '2026-03-18T14:00:00+01:00', clientIds: [bram, carla] });
    const bramRun = (await call('programme.view', { clientId: bram })).run!;
    const carlaRun = (await call('programme.view', { clientId: carla })).run!;

    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    // Changes only: opening the programme tab is logged as a view.
    expect(records.filter((record) => record.entity === 'programme' && record.action !== 'view').map((record) => [record.action, record.clientId, record.entityId])).toEqual([
      ['create', anna, run.id],
      ['change', anna, run.id],
      ['change', anna, run.id],
      ['change', anna, run.id],
      ['create', bram, bramRun.id],
      ['create', carla, carlaRun.id],
    ]);
    const log = JSON.stringify(records);
    expect(log).not.toContain('zoon');
    expect(log).not.toContain('Buurvrouw');
  });
});
