import { describe, expect, it } from 'vitest';
import { runMoments } from '../../../../../main/domain/programme/run-moments';

const run = (startDate: string) => ({
  startDate,
  sessions: [{ plannedAt: new Date(2026, 4, 27, 10).toISOString() }] as never[],
});

describe('measurement moments of a programme run', () => {
  it('plans intake, halfway, end and follow-up and marks the ones filled in during this run', () => {
    const states = runMoments(run('2026-04-01'), [{ moment: 'intake', takenOn: '2026-03-25' }], '2026-04-01');
    expect(states.map((state) => [state.moment, state.status])).toEqual([
      ['intake', 'done'],
      ['halfway', 'upcoming'],
      ['end', 'upcoming'],
      ['follow_up', 'upcoming'],
    ]);
  });

  it('does not count a questionnaire from an earlier programme: a second programme asks again', () => {
    const states = runMoments(run('2026-04-01'), [{ moment: 'intake', takenOn: '2025-09-01' }], '2026-04-01');
    expect(states[0]).toMatchObject({ moment: 'intake', status: 'due' });
  });
});
