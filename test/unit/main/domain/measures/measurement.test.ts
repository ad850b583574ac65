import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  dueMoments,
  measurementSchema,
  plannedMoments,
  type MeasurementMoment,
} from '../../../../../main/domain/measures/measurement';

const stored = {
  id: '7d1f5a9e-2c4b-4e8a-9f3d-1a2b3c4d5e6f',
  scaleId: 'de-jong-gierveld-6',
  scaleVersion: 1,
  moment: 'intake',
  takenOn: '2026-03-02',
  answers: { emptiness: 'ja', 'plenty-to-lean-on': 'nee', 'trust-completely': null },
  note: 'Wilde item 3 liever niet beantwoorden.',
  createdAt: '2026-03-02T10:15:00.000Z',
  createdBy: 'Sanne de Vries',
};

describe('measurementSchema (the stored record keeps the raw answers)', () => {
  it('accepts a measurement with raw answers, an open item (null) and a note', () => {
    expect(measurementSchema.parse(stored)).toEqual(stored);
    const { note: _note, ...withoutNote } = stored;
    expect(measurementSchema.safeParse(withoutNote).success).toBe(true);
  });

  it.each(['intake', 'halfway', 'end', 'follow_up', 'other'])('accepts the moment %s', (moment) => {
    expect(measurementSchema.safeParse({ ...stored, moment }).success).toBe(true);
  });

  it.each([
    ['a record without answers (a bare score is not enough)', { answers: undefined }],
    ['a score in place of the answers', { answers: 7 }],
    ['an unknown moment', { moment: 'week_12' }],
    ['a date that is not a calendar day', { takenOn: '2026-02-30' }],
    ['a scale version below 1', { scaleVersion: 0 }],
    ['an item id that is not kebab-case', { answers: { __proto__x: 'ja' } }],
    ['an answer that is not an option value', { answers: { emptiness: 1 } }],
    ['an extra field', { total: 5 }],
    ['an id that is not a uuid', { id: 'abc' }],
  ])('refuses %s', (_what, change) => {
    expect(measurementSchema.safeParse({ ...stored, ...change }).success).toBe(false);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2026-05-31', 3, '2026-08-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'], // leap year
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-10-31', 3, '2027-01-31'],
    ['2026-12-15', 3, '2027-03-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-03-15', 0, '2026-03-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonthsClamped('2026-02-29', 3)).toThrow(RangeError);
    expect(() => addMonthsClamped('31-05-2026', 3)).toThrow(RangeError);
  });
});

describe('plannedMoments', () => {
  it('plans intake at the start, halfway at week 4, end at week 8 and follow-up 3 months after', () => {
    expect(plannedMoments('2026-03-02')).toEqual([
      { moment: 'intake', due: '2026-03-02' },
      { moment: 'halfway', due: '2026-03-30' },
      { moment: 'end', due: '2026-04-27' },
      { moment: 'follow_up', due: '2026-07-27' },
    ]);
  });

  it('crosses month ends: a start on 5 April ends on 31 May, with follow-up on 31 August', () => {
    expect(plannedMoments('2026-04-05')).toEqual([
      { moment: 'intake', due: '2026-04-05' },
      { moment: 'halfway', due: '2026-05-03' },
      { moment: 'end', due: '2026-05-31' },
      { moment: 'follow_up', due: '2026-08-31' },
    ]);
  });

  it('follows a given end: end 30 November → follow-up 28 February, or 29 in a leap year', () => {
    expect(plannedMoments('2026-10-05', '2026-11-30').at(-1)).toEqual({ moment: 'follow_up', due: '2027-02-28' });
    expect(plannedMoments('2027-10-04', '2027-11-30').at(-1)).toEqual({ moment: 'follow_up', due: '2028-02-29' });
  });

  it('with a given end puts halfway on the middle day (week 4 again for an 8-week programme)', () => {
    expect(plannedMoments('2026-03-02', '2026-05-11')).toEqual([
      { moment: 'intake', due: '2026-03-02' },
      { moment: 'halfway', due: '2026-04-06' },
      { moment: 'end', due: '2026-05-11' },
      { moment: 'follow_up', due: '2026-08-11' },
    ]);
    expect(plannedMoments('2026-03-02', '2026-04-27')).toEqual(plannedMoments('2026-03-02'));
  });

  it('refuses an end before the start and dates that do not exist', () => {
    expect(() => plannedMoments('2026-03-02', '2026-03-01')).toThrow(RangeError);
    expect(() => plannedMoments('2026-02-30')).toThrow(RangeError);
    expect(() => plannedMoments('2026-03-02', '2026-13-01')).toThrow(RangeError);
  });
});

describe('dueMoments', () => {
  const planned = plannedMoments('2026-03-02'); // halfway 30 March, end 27 April, follow-up 27 July
  const statuses = (taken: Array<{ moment: MeasurementMoment; takenOn: string }>, today: string) =>
    Object.fromEntries(dueMoments(planned, taken, today).map((state) => [state.moment, state.status]));

  it('marks a moment done once a measurement is recorded for it, with the latest day', () => {
    const states = dueMoments(
      planned,
      [
        { moment: 'intake', takenOn: '2026-03-04' },
        { moment: 'intake', takenOn: '2026-03-02' },
      ],
      '2026-03-25',
    );
    expect(states[0]).toEqual({ moment: 'intake', due: '2026-03-02', status: 'done', takenOn: '2026-03-04' });
  });

  it('shows a moment due from a week before its date to a week after, overdue after that, upcoming before', () => {
    const intakeDone = [{ moment: 'intake' as const, takenOn: '2026-03-02' }];
    expect(statuses(intakeDone, '2026-03-22')).toEqual({ intake: 'done', halfway: 'upcoming', end: 'upcoming', follow_up: 'upcoming' });
    expect(statuses(intakeDone, '2026-03-23')).toMatchObject({ halfway: 'due' });
    expect(statuses(intakeDone, '2026-03-30')).toMatchObject({ halfway: 'due' });
    expect(statuses(intakeDone, '2026-04-06')).toMatchObject({ halfway: 'due' });
    expect(statuses(intakeDone, '2026-04-07')).toMatchObject({ halfway: 'overdue', end: 'upcoming' });
    expect(statuses(intakeDone, '2026-08-03')).toEqual({ intake: 'done', halfway: 'overdue', end: 'overdue', follow_up: 'due' });
    expect(statuses(intakeDone, '2026-08-04')).toMatchObject({ follow_up: 'overdue' });
  });

  it('shows a missed intake as overdue', () => {
    expect(statuses([], '2026-03-10')).toMatchObject({ intake: 'overdue' });
  });

  it('does not count an "other" measurement for a planned moment', () => {
    expect(statuses([{ moment: 'other', takenOn: '2026-03-02' }], '2026-03-03')).toMatchObject({ intake: 'due' });
  });

  it('takes another window when asked', () => {
    expect(statuses([], '2026-03-04')).toMatchObject({ intake: 'due' });
    expect(dueMoments(planned, [], '2026-03-04', { daysAfter: 0 })[0]?.status).toBe('overdue');
    expect(dueMoments(planned, [], '2026-03-16', { daysBefore: 14 })[1]?.status).toBe('due');
  });
});
