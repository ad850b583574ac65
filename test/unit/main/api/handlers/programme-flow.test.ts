import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { useCores, valueOf } from '../../support/core';

const startTestCore = useCores();

describe('running the default programme with a client', () => {
  it('starts it, records two sessions and two De Jong Gierveld questionnaires, and guidance follows', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    let id = 0;
    const app = await startTestCore({
      dataDir: '/memory',
      files: createMemoryDataFiles(),
      clock: { now: () => new Date((now += 1000)) },
      newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    });
    const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));

    const client = await call('clients.create', { givenName: 'Zoë', familyName: 'de Vries' });
    const templates = await call('programme.templates', {});
    expect(templates.map((template) => template.origin)).toContain('builtin');
    const run = await call('programme.start', { clientId: client.id, templateId: templates[0]!.id, firstSessionAt: '2026-03-02T10:00:00+01:00' });
    expect(run.sessions).toHaveLength(8);
    expect(run.sessions[0]!.plannedAt).toBe('2026-03-02T09:00:00.000Z');

    const scales = await call('measures.scales', {});
    const djg = scales.find((scale) => scale.id === 'de-jong-gierveld-11')!;
    const answer = (option: number) => Object.fromEntries(djg.items.map((item) => [item.id, djg.answerOptions[option]!.value]));
    const intake = await call('measures.record', { clientId: client.id, scaleId: djg.id, moment: 'intake', takenOn: '2026-03-02', answers: answer(1) });
    expect(intake.score.ok && intake.score.total).toMatchObject({ status: 'complete', value: 11 });

    for (const [session, before, after] of [[1, 8, 7], [2, 7, 6], [3, 7, 6]] as const) {
      await call('programme.saveSession', {
        clientId: client.id,
        runId: run.id,
        session,
        fields: { attendance: 'attended', stressBefore: before, stressAfter: after, notes: `Sessie ${session}` },
      });
    }
    const view = await call('programme.view', { clientId: client.id });
    expect(view.progress?.currentPhase).toBe('skills');
    expect(view.progress?.guidance.map((item) => item.key)).toEqual(['programme:guidance.calmMoreFirst', 'programme:guidance.groupActivitiesLater']);
    expect(view.moments[0]).toMatchObject({ moment: 'intake', status: 'done' });

    await call('measures.record', { clientId: client.id, scaleId: djg.id, moment: 'halfway', takenOn: '2026-03-30', answers: answer(2) });
    const series = await call('measures.series', { clientId: client.id, scaleId: djg.id });
    expect(series.scores.points).toHaveLength(2);
    expect(series.stress).toHaveLength(3);
    // The halfway questionnaire is no longer (very) severe: group activities need not wait for that.
    expect((await call('programme.view', { clientId: client.id })).progress?.guidance.map((item) => item.key)).toEqual([
      'programme:guidance.calmMoreFirst',
    ]);
  });
});
