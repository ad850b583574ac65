import { describe, expect, it } from 'vitest';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import type { Measurement } from '../../../../../main/domain/measures/measurement';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import type { ProgrammeRun, SessionRecord } from '../../../../../main/domain/programme/programme-run';
import { clientSituation, latestLonelinessBand, latestStress } from '../../../../../main/services/measures/client-situation';
import type { ClientDocument } from '../../../../../main/services/storage/client-document';
import { sampleDocument } from '../../support/core';

const clientId = '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
let ids = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

/** A run of the default template whose sessions 1..n have the given records; the rest are only planned. */
function run(status: ProgrammeRun['status'], firstDay: string, records: Partial<SessionRecord>[]): ProgrammeRun {
  const start = Date.parse(`${firstDay}T09:00:00.000Z`);
  return {
    id: nextId(),
    templateId: defaultTemplate.id,
    templateVersion: defaultTemplate.version,
    startDate: firstDay,
    mode: 'individual',
    status,
    sessions: defaultTemplate.sessions.map((session, index) => ({
      number: session.number,
      plannedAt: new Date(start + index * 7 * 86_400_000).toISOString(),
      doneExercises: [],
      notes: '',
      homework: '',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'Sanne',
      ...records[index],
    })),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A De Jong Gierveld-11 taken on a day: `lonely` answers every item "min of meer" (11, very severe); otherwise 0. */
function djg11(takenOn: string, lonely: boolean, leaveOpen = 0): Measurement {
  const scale = builtinScales['de-jong-gierveld-11'];
  const answers = Object.fromEntries(
    scale.items.map((item, index) => [
      item.id,
      index < leaveOpen ? null : lonely ? 'min-of-meer' : Object.entries(item.scores).find(([, score]) => score === 0)![0],
    ]),
  );
  return { id: nextId(), scaleId: scale.id, scaleVersion: scale.version, moment: 'intake', takenOn, answers, createdAt: `${takenOn}T10:00:00.000Z`, createdBy: 'Sanne' };
}

const documentWith = (parts: Partial<ClientDocument>): ClientDocument => ({ ...sampleDocument(clientId), ...parts });
const templateOf = () => defaultTemplate;

describe('latestStress', () => {
  it('takes the most recent attended session with a check-in: its start value, else its end value', () => {
    const document = documentWith({
      programmes: [
        run('finished', '2025-09-01', [{ attendance: 'attended', stressBefore: 9 }]),
        run('running', '2026-03-02', [
          { attendance: 'attended', stressBefore: 6, stressAfter: 3 },
          { attendance: 'attended', stressAfter: 4 },
          { attendance: 'cancelled', stressBefore: 10 },
          { attendance: 'attended' },
        ]),
      ],
    });
    expect(latestStress(document)).toBe(4);
  });

  it('is unknown without any attended session with a check-in', () => {
    expect(latestStress(documentWith({}))).toBeUndefined();
    expect(latestStress(documentWith({ programmes: [run('running', '2026-03-02', [{ attendance: 'no_show', stressBefore: 7 }])] }))).toBeUndefined();
  });
});

describe('latestLonelinessBand', () => {
  it('takes the newest De Jong Gierveld score, passing over one with too many open answers', () => {
    expect(latestLonelinessBand(documentWith({ measurements: [djg11('2026-01-10', false), djg11('2026-03-01', true)] }))).toBe('very-severely-lonely');
    expect(latestLonelinessBand(documentWith({ measurements: [djg11('2026-03-01', true), djg11('2026-01-10', false)] }))).toBe('very-severely-lonely');
    expect(latestLonelinessBand(documentWith({ measurements: [djg11('2026-01-10', false), djg11('2026-03-01', true, 3)] }))).toBe('not-lonely');
    expect(latestLonelinessBand(documentWith({}))).toBeUndefined();
  });
});

describe('clientSituation', () => {
  it('gives the phase of the next session of the running programme, with the band and the latest stress', () => {
    const threeDone = run('running', '2026-03-02', [
      { attendance: 'attended', stressBefore: 7 },
      { attendance: 'attended', stressBefore: 6 },
      { attendance: 'attended', stressBefore: 5 },
    ]);
    expect(clientSituation(documentWith({ programmes: [threeDone], measurements: [djg11('2026-03-01', true)] }), templateOf, 5)).toEqual({
      currentPhase: 'skills',
      lonelinessBand: 'very-severely-lonely',
      latestStress: 5,
    });
  });

  it('is in aftercare once every session is done, and has no phase without a running programme', () => {
    const allDone = run('running', '2026-01-05', defaultTemplate.sessions.map(() => ({ attendance: 'attended' as const })));
    expect(clientSituation(documentWith({ programmes: [allDone] }), templateOf, 5)).toEqual({ currentPhase: 'aftercare' });
    const stopped = run('stopped', '2026-01-05', [{ attendance: 'attended', stressBefore: 8 }]);
    expect(clientSituation(documentWith({ programmes: [stopped] }), templateOf, 5)).toEqual({ latestStress: 8 });
    expect(clientSituation(documentWith({}), templateOf, 5)).toEqual({});
  });
});
