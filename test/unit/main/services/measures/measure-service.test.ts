import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import type { ScaleDefinition } from '../../../../../main/domain/measures/scale-definition';
import { chainProblems, errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const djg11 = builtinScales['de-jong-gierveld-11'];
const djg6 = builtinScales['de-jong-gierveld-6'];

/** Answers to every item of a scale that give exactly `total` (the first `total` items count 1, the rest 0). */
function answersScoring(scale: ScaleDefinition, total: number): Record<string, string> {
  return Object.fromEntries(
    scale.items.map((item, index) => {
      const wanted = index < total ? 1 : 0;
      const option = Object.entries(item.scores).find(([, score]) => score === wanted);
      if (!option) throw new Error(`${scale.id} item ${item.id} has no answer scoring ${wanted}`);
      return [item.id, option[0]];
    }),
  );
}
const allAnswered = (scale: ScaleDefinition, value: string) => Object.fromEntries(scale.items.map((item) => [item.id, value]));

/** A core on a fresh (or given) folder on Monday 16 March 2026, with helpers for the measures calls. */
async function setUp(existingDir?: string) {
  const dir = existingDir ?? (await makeTempDir());
  const clock = manualClock('2026-03-16T08:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock });
  const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));
  const client = async (familyName: string) => valueOf(await app.call('clients.create', { givenName: 'Anna', familyName })).id;
  const record = (clientId: string, fields: Record<string, unknown>) =>
    app.call('measures.record', { clientId, scaleId: djg11.id, moment: 'intake', takenOn: '2026-03-16', ...fields });
  return { dir, app, clock, call, client, record };
}

describe('measures.scales', () => {
  it('offers the shipped questionnaires with their items and sources', async () => {
    const { call } = await setUp();
    const scales = await call('measures.scales', {});
    expect(scales.map((scale) => scale.id)).toEqual(['de-jong-gierveld-11', 'de-jong-gierveld-6', 'ucla-3']);
    expect(scales[0]).toEqual(djg11);
    expect(scales.every((scale) => scale.source.length > 20)).toBe(true);
  });
});

describe('measures.record and measures.list', () => {
  it('stores the raw answers and scores them: De Jong Gierveld-11 all "min of meer" is 11, very severely lonely', async () => {
    const { call, client, record } = await setUp();
    const anna = await client('Jansen');
    const answers = allAnswered(djg11, 'min-of-meer');
    const recorded = valueOf(await record(anna, { answers, note: '  Ingevuld samen met dochter.  ' }));

    expect(recorded.measurement).toEqual({
      id: expect.any(String),
      scaleId: djg11.id,
      scaleVersion: djg11.version,
      moment: 'intake',
      takenOn: '2026-03-16',
      answers,
      note: 'Ingevuld samen met dochter.',
      createdAt: '2026-03-16T08:00:00.000Z',
      createdBy: expect.any(String),
    });
    expect(recorded.score).toEqual({
      ok: true,
      total: { status: 'complete', value: 11, band: expect.objectContaining({ key: 'very-severely-lonely', from: 11, to: 11 }) },
      subscales: { emotional: { status: 'complete', value: 6 }, social: { status: 'complete', value: 5 } },
    });
    expect(await call('measures.list', { clientId: anna })).toEqual([recorded]);
  });

  it('scores a questionnaire with one item open as partial, and one with two open as incomplete (no number)', async () => {
    const { client, record } = await setUp();
    const anna = await client('Jansen');
    const oneOpen = { ...answersScoring(djg11, 9), [djg11.items[0]!.id]: null };
    expect(valueOf(await record(anna, { answers: oneOpen })).score).toMatchObject({
      ok: true,
      total: { status: 'partial', value: 8, answered: 10, of: 11, band: { key: 'moderately-lonely' } },
    });
    const twoOpen = { ...oneOpen, [djg11.items[1]!.id]: null };
    expect(valueOf(await record(anna, { answers: twoOpen, moment: 'halfway' })).score).toMatchObject({
      ok: true,
      total: { status: 'incomplete', answered: 9, of: 11 },
    });
  });

  it.each([
    ['an item the scale does not have', { 'favourite-colour': 'ja' }, ['answers', 'favourite-colour']],
    ['an answer that is not an option', { 'miss-close-friend': 'soms' }, ['answers', 'miss-close-friend']],
    ['an item of another scale', { 'lack-companionship': 'often' }, ['answers', 'lack-companionship']],
  ])('refuses answers with %s and stores nothing', async (_label, wrong, issuePath) => {
    const { dir, call, client, record } = await setUp();
    const anna = await client('Jansen');
    // Changes only: looking at the list is logged as a view.
    const changes = async () => (await readAuditLog(dir)).filter((entry) => entry.action !== 'view');
    const auditBefore = (await changes()).length;
    expect(errorOf(await record(anna, { answers: { ...allAnswered(djg11, 'ja'), ...wrong } }))).toEqual({
      code: 'invalid_input',
      messageKey: 'measures:errors.answersInvalid',
      issues: [{ path: issuePath, messageKey: 'measures:errors.answersInvalid' }],
    });
    expect(await call('measures.list', { clientId: anna })).toEqual([]);
    expect(await changes()).toHaveLength(auditBefore);
  });

  it('refuses an unknown scale, client or date', async () => {
    const { app, client, record } = await setUp();
    const anna = await client('Jansen');
    expect(errorOf(await record(anna, { scaleId: 'pss-10', answers: {} }))).toEqual({ code: 'not_found', messageKey: 'measures:errors.scaleNotFound' });
    expect(errorOf(await record('0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d', { answers: {} }))).toEqual({
      code: 'not_found',
      messageKey: 'errors:clientNotFound',
    });
    expect(errorOf(await record(anna, { takenOn: '16-03-2026', answers: {} }))).toMatchObject({
      issues: [{ path: ['takenOn'], messageKey: 'measures:errors.dateInvalid' }],
    });
    expect(errorOf(await app.call('measures.series', { clientId: anna, scaleId: 'pss-10' })).code).toBe('not_found');
  });

  it('lists newest first and removes a questionnaire entered by mistake', async () => {
    const { app, call, client, record } = await setUp();
    const anna = await client('Jansen');
    const halfway = valueOf(await record(anna, { moment: 'halfway', takenOn: '2026-04-13', answers: answersScoring(djg11, 4) }));
    const intake = valueOf(await record(anna, { takenOn: '2026-03-16', answers: answersScoring(djg11, 9) }));
    const mistake = valueOf(await record(anna, { moment: 'other', takenOn: '2026-04-01', answers: answersScoring(djg11, 2) }));
    const ids = async () => (await call('measures.list', { clientId: anna })).map((entry) => entry.measurement.id);
    expect(await ids()).toEqual([halfway.measurement.id, mistake.measurement.id, intake.measurement.id]);

    expect(valueOf(await app.call('measures.delete', { clientId: anna, measurementId: mistake.measurement.id }))).toEqual({ deleted: true });
    expect(await ids()).toEqual([halfway.measurement.id, intake.measurement.id]);
    expect(errorOf(await app.call('measures.delete', { clientId: anna, measurementId: mistake.measurement.id }))).toEqual({
      code: 'not_found',
      messageKey: 'measures:errors.measurementNotFound',
    });
  });
});

describe('measures.series', () => {
  it('gives one scale’s scores oldest first and the stress check-ins of attended sessions only, in time order', async () => {
    const { app, call, client, record } = await setUp();
    const anna = await client('Jansen');
    const halfway = valueOf(await record(anna, { moment: 'halfway', takenOn: '2026-04-13', answers: answersScoring(djg11, 4) }));
    const intake = valueOf(await record(anna, { takenOn: '2026-03-16', answers: answersScoring(djg11, 9) }));
    valueOf(await record(anna, { scaleId: djg6.id, takenOn: '2026-03-16', answers: answersScoring(djg6, 5) }));

    // Sessions on Tuesdays at 00:30 in Amsterdam: still Monday in UTC.
    const run = await call('programme.start', { clientId: anna, templateId: 'verbind-8-weeks', firstSessionAt: '2026-03-17T00:30:00+01:00' });
    const save = async (session: number, fields: Record<string, unknown>) =>
      valueOf(await app.call('programme.saveSession', { clientId: anna, runId: run.id, session, fields }));
    await save(1, { attendance: 'attended', stressBefore: 8, stressAfter: 6 });
    await save(2, { attendance: 'cancelled', stressBefore: 9 });
    await save(3, { attendance: 'no_show', stressAfter: 9 });
    await save(4, { attendance: 'attended', stressAfter: 4 });
    await save(5, { attendance: 'attended' });
    await save(6, { stressBefore: 2 });
    // Session 4 was held early, on Monday 23 March at 10:00.
    valueOf(await app.call('programme.moveSession', { clientId: anna, runId: run.id, session: 4, plannedAt: '2026-03-23T10:00:00+01:00' }));

    const series = await call('measures.series', { clientId: anna, scaleId: djg11.id });
    expect(series.scores.scaleId).toBe(djg11.id);
    expect(series.scores.points.map((point) => [point.measurementId, point.moment, point.scored && point.total])).toEqual([
      [intake.measurement.id, 'intake', expect.objectContaining({ value: 9, band: expect.objectContaining({ key: 'severely-lonely' }) })],
      [halfway.measurement.id, 'halfway', expect.objectContaining({ value: 4 })],
    ]);
    expect(series.stress).toEqual([
      { on: '2026-03-17', sessionNumber: 1, before: 8, after: 6 },
      { on: '2026-03-23', sessionNumber: 4, after: 4 },
    ]);

    const six = await call('measures.series', { clientId: anna, scaleId: djg6.id });
    expect(six.scores.points.map((point) => point.scored && point.total)).toEqual([expect.objectContaining({ value: 5 })]);
  });
});

describe('measures.caseloadChange', () => {
  it('averages the change from intake to halfway over the clients who have both, without names', async () => {
    const { call, client, record } = await setUp();
    const anna = await client('Jansen');
    const bram = await client('Bakker');
    const carla = await client('de Wit');
    await client('Zonder metingen');
    valueOf(await record(anna, { answers: answersScoring(djg11, 11) }));
    valueOf(await record(anna, { moment: 'halfway', takenOn: '2026-04-13', answers: answersScoring(djg11, 5) }));
    valueOf(await record(bram, { answers: answersScoring(djg11, 7) }));
    valueOf(await record(bram, { moment: 'halfway', takenOn: '2026-04-14', answers: answersScoring(djg11, 3) }));
    // Carla has only an intake; her other scale does not count either.
    valueOf(await record(carla, { answers: answersScoring(djg11, 9) }));
    valueOf(await record(carla, { scaleId: djg6.id, moment: 'halfway', takenOn: '2026-04-14', answers: answersScoring(djg6, 1) }));

    const change = await call('measures.caseloadChange', { scaleId: djg11.id, from: 'intake', to: 'halfway' });
    expect(change).toMatchObject({
      ok: true,
      scaleId: djg11.id,
      from: 'intake',
      to: 'halfway',
      total: { n: 2, meanFrom: 9, meanTo: 4, meanChange: -5, withPartial: 0, withoutBoth: 2 },
    });
    expect(JSON.stringify(change)).not.toMatch(/Jansen|Bakker|de Wit/);
    expect(await call('measures.caseloadChange', { scaleId: djg11.id, from: 'halfway', to: 'end' })).toMatchObject({
      total: { n: 0, meanChange: null, withoutBoth: 4 },
    });
  });
});

describe('measurements on disk', () => {
  it('keeps measurements, their scores and the chart across a restart of the core on the same folder', async () => {
    const first = await setUp();
    const anna = await first.client('Jansen');
    valueOf(await first.record(anna, { answers: allAnswered(djg11, 'min-of-meer'), note: 'Eerste keer.' }));
    valueOf(await first.record(anna, { moment: 'halfway', takenOn: '2026-04-13', answers: { ...answersScoring(djg11, 3), 'feel-rejected': null } }));
    const before = {
      list: await first.call('measures.list', { clientId: anna }),
      series: await first.call('measures.series', { clientId: anna, scaleId: djg11.id }),
    };
    await first.app.close();

    const second = await setUp(first.dir);
    expect(await second.call('measures.list', { clientId: anna })).toEqual(before.list);
    expect(await second.call('measures.series', { clientId: anna, scaleId: djg11.id })).toEqual(before.series);
    expect(before.list).toHaveLength(2);
  });

  it('leaves an audit record for each questionnaire stored or removed, never the note or the answers', async () => {
    const { dir, app, client, record } = await setUp();
    const anna = await client('Jansen');
    const stored = valueOf(await record(anna, { answers: allAnswered(djg11, 'min-of-meer'), note: 'Huilde bij vraag 3' }));
    valueOf(await app.call('measures.delete', { clientId: anna, measurementId: stored.measurement.id }));

    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.filter((entry) => entry.entity === 'measurement').map((entry) => [entry.action, entry.clientId, entry.entityId, entry.detail])).toEqual([
      ['create', anna, stored.measurement.id, `scale:${djg11.id}`],
      ['delete', anna, stored.measurement.id, undefined],
    ]);
    const log = JSON.stringify(records);
    expect(log).not.toContain('Huilde');
    expect(log).not.toContain('min-of-meer');
  });
});
