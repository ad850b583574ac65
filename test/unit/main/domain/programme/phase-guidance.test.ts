import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import {
  phaseGuidance,
  stressTrendOf,
  type Guidance,
  type HeldSession,
  type PhaseGuidanceInput,
} from '../../../../../main/domain/programme/phase-guidance';
import { programmeMessageKeys } from '../../../../../main/domain/programme/programme-messages';

/** Attended sessions 1..n with the given start-of-session stress levels (undefined = not measured). */
const attended = (...levels: (number | undefined)[]): HeldSession[] =>
  levels.map((level, index) => ({ sessionNumber: index + 1, attendance: 'attended', ...(level === undefined ? {} : { stressBefore: level }) }));

const run = (sessions: HeldSession[], extra: Partial<PhaseGuidanceInput> = {}) =>
  phaseGuidance({ template: defaultTemplate, sessions, ...extra });

describe('phaseGuidance: progress', () => {
  it.each<[string, HeldSession[], { currentPhase: string; nextSessionNumber: number | undefined; sessionsDone: number; sessionsMissed: number }]>([
    ['nothing held yet', [], { currentPhase: 'calm', nextSessionNumber: 1, sessionsDone: 0, sessionsMissed: 0 }],
    ['two sessions held', attended(6, 5), { currentPhase: 'calm', nextSessionNumber: 3, sessionsDone: 2, sessionsMissed: 0 }],
    ['the calm phase done', attended(6, 5, 4), { currentPhase: 'skills', nextSessionNumber: 4, sessionsDone: 3, sessionsMissed: 0 }],
    [
      'session 3 missed, session 4 held: the next session is still 3',
      [...attended(6, 5), { sessionNumber: 3, attendance: 'no_show' }, { sessionNumber: 4, attendance: 'attended' }],
      { currentPhase: 'calm', nextSessionNumber: 3, sessionsDone: 3, sessionsMissed: 1 },
    ],
    [
      'a cancelled session held later counts once as done and once as missed',
      [...attended(6, 5), { sessionNumber: 3, attendance: 'cancelled' }, { sessionNumber: 3, attendance: 'attended' }],
      { currentPhase: 'skills', nextSessionNumber: 4, sessionsDone: 3, sessionsMissed: 1 },
    ],
    ['all eight done', attended(6, 5, 4, 4, 3, 3, 2, 2), { currentPhase: 'aftercare', nextSessionNumber: undefined, sessionsDone: 8, sessionsMissed: 0 }],
    [
      'records for sessions the template does not have are ignored',
      [{ sessionNumber: 99, attendance: 'no_show' }, { sessionNumber: 12, attendance: 'attended', stressBefore: 9 }],
      { currentPhase: 'calm', nextSessionNumber: 1, sessionsDone: 0, sessionsMissed: 0 },
    ],
  ])('%s', (_name, sessions, expected) => {
    expect(run(sessions)).toMatchObject({ ...expected, sessionsPlanned: 8 });
  });
});

describe('stressTrendOf', () => {
  it.each<[number[], ReturnType<typeof stressTrendOf>]>([
    [[], { direction: 'unknown', measured: 0 }],
    [[5], { direction: 'unknown', latest: 5, measured: 1 }],
    [[8, 6], { direction: 'falling', first: 8, latest: 6, measured: 2 }],
    [[6, 5.5], { direction: 'steady', first: 6, latest: 5.5, measured: 2 }],
    [[4, 5], { direction: 'rising', first: 4, latest: 5, measured: 2 }],
    [[7, 9, 6], { direction: 'falling', first: 7, latest: 6, measured: 3 }],
    [[8, 8, 4, 4], { direction: 'falling', first: 8, latest: 4, measured: 4 }],
    [[9, 7, 6, 6], { direction: 'falling', first: 8, latest: 6, measured: 4 }],
    [[5, 5, 5, 5.5], { direction: 'steady', first: 5, latest: 5.3, measured: 4 }],
    [[3, 4, 2, 5, 4], { direction: 'rising', first: 3.5, latest: 4.5, measured: 5 }],
  ])('%j → %j', (levels, expected) => {
    expect(stressTrendOf(levels)).toEqual(expected);
  });
});

describe('phaseGuidance: stress levels', () => {
  it('uses the end value when the start was not recorded, and ignores values outside 0–10', () => {
    const sessions: HeldSession[] = [
      { sessionNumber: 1, attendance: 'attended', stressAfter: 8 },
      { sessionNumber: 2, attendance: 'attended', stressBefore: 11, stressAfter: 6 },
      { sessionNumber: 3, attendance: 'attended', stressBefore: -1 },
    ];
    expect(run(sessions).stressTrend).toEqual({ direction: 'falling', first: 8, latest: 6, measured: 2 });
  });

  it('ignores stress of missed sessions', () => {
    const sessions: HeldSession[] = [...attended(4, 4), { sessionNumber: 3, attendance: 'no_show', stressBefore: 10 }];
    expect(run(sessions).stressTrend).toEqual({ direction: 'steady', first: 4, latest: 4, measured: 2 });
  });
});

describe('phaseGuidance: rules', () => {
  const calmMore = (stress: number, threshold = 5, phase = 'skills'): Guidance => ({
    key: 'programme:guidance.calmMoreFirst',
    params: { stress, threshold, phase },
  });
  const ready = (stress: number, phase = 'skills'): Guidance => ({ key: 'programme:guidance.readyForNextPhase', params: { stress, phase } });

  it.each<[string, HeldSession[], Partial<PhaseGuidanceInput>, Guidance[]]>([
    ['nothing held: no guidance', [], {}, []],
    ['end of calm, stress still high (6 ≥ 5): more calming work first', attended(8, 7, 6), {}, [calmMore(6)]],
    ['end of calm, stress exactly at the threshold counts as high', attended(5, 5, 5), {}, [calmMore(5)]],
    ['end of calm, stress going down below the threshold: ready for skills', attended(7, 5, 3), {}, [ready(3)]],
    ['end of calm, low and steady: ready', attended(3, 3, 3), {}, [ready(3)]],
    ['end of calm, low but rising: no phase advice', attended(2, 2, 4), {}, []],
    ['end of calm, only one measurement: no phase advice', attended(undefined, undefined, 3), {}, []],
    ['end of calm, no measurement at all: no phase advice', attended(undefined, undefined, undefined), {}, []],
    ['end of calm with a higher threshold of 7: 6 is not high', attended(8, 7, 6), { stillHighThreshold: 7 }, [ready(6)]],
    ['halfway through calm, stress high: not yet a phase boundary', attended(8, 8), {}, []],
    ['already in skills, stress high: the calm advice no longer fires', attended(8, 7, 6, 6), {}, []],
    ['end of skills, stress high: more calming before connecting', attended(6, 6, 6, 6, 6, 6), {}, [calmMore(6, 5, 'connect')]],
    ['end of skills, stress low: ready for connect', attended(6, 5, 4, 4, 3, 3), {}, [ready(3, 'connect')]],
    [
      'two missed sessions: talk about what gets in the way',
      [...attended(4), { sessionNumber: 2, attendance: 'cancelled' }, { sessionNumber: 2, attendance: 'no_show' }],
      {},
      [{ key: 'programme:guidance.missedSessions', params: { missed: 2, noShows: 1 } }],
    ],
    ['one missed session: no guidance', [...attended(4), { sessionNumber: 2, attendance: 'no_show' }], {}, []],
    [
      'two missed with the missed threshold at 3: no guidance',
      [{ sessionNumber: 1, attendance: 'no_show' }, { sessionNumber: 1, attendance: 'no_show' }],
      { missedThreshold: 3 },
      [],
    ],
    [
      'severe loneliness and high stress: keep group activities for later',
      attended(7, 7),
      { lonelinessBand: 'severely-lonely' },
      [{ key: 'programme:guidance.groupActivitiesLater', params: { band: 'severely-lonely', stress: 7 } }],
    ],
    [
      'very severe loneliness and high stress: the same',
      attended(6),
      { lonelinessBand: 'very-severely-lonely' },
      [{ key: 'programme:guidance.groupActivitiesLater', params: { band: 'very-severely-lonely', stress: 6 } }],
    ],
    ['moderate loneliness and high stress: no group advice', attended(7, 7), { lonelinessBand: 'moderate' }, []],
    ['severe loneliness and low stress: no group advice', attended(3, 3), { lonelinessBand: 'severely-lonely' }, []],
    ['severe loneliness, stress never measured: no group advice', attended(undefined), { lonelinessBand: 'severely-lonely' }, []],
    [
      'a connect session without a concrete contact step',
      attended(5, 4, 4, 3, 3, 3, 3),
      {},
      [{ key: 'programme:guidance.connectNoContactStep', params: { session: 7 } }],
    ],
    [
      'a connect session with a contact step planned: no guidance',
      [...attended(5, 4, 4, 3, 3, 3), { sessionNumber: 7, attendance: 'attended', stressBefore: 3, contactStepPlanned: true }],
      {},
      [],
    ],
    [
      'only the latest connect session counts: step planned in 7, not in 8',
      [
        ...attended(5, 4, 4, 3, 3, 3),
        { sessionNumber: 7, attendance: 'attended', contactStepPlanned: true },
        { sessionNumber: 8, attendance: 'attended', contactStepPlanned: false },
      ],
      {},
      [{ key: 'programme:guidance.connectNoContactStep', params: { session: 8 } }],
    ],
    [
      'several rules at once, in the documented order',
      [...attended(9, 8, 7), { sessionNumber: 4, attendance: 'no_show' }, { sessionNumber: 4, attendance: 'cancelled' }],
      { lonelinessBand: 'very-severely-lonely' },
      [
        calmMore(7),
        { key: 'programme:guidance.missedSessions', params: { missed: 2, noShows: 1 } },
        { key: 'programme:guidance.groupActivitiesLater', params: { band: 'very-severely-lonely', stress: 7 } },
      ],
    ],
  ])('%s', (_name, sessions, extra, expected) => {
    const { guidance } = run(sessions, extra);
    expect(guidance).toEqual(expected);
    for (const item of guidance) expect(programmeMessageKeys).toContain(item.key);
  });
});
