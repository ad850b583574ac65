import { describe, expect, it } from 'vitest';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import type { MeasurementMoment } from '../../../../../main/domain/measures/measurement';
import { averageChange, scoreSeries, type ScoreSeries, type SeriesMeasurement } from '../../../../../main/domain/measures/score-series';

const djg11 = builtinScales['de-jong-gierveld-11'];
const djg6 = builtinScales['de-jong-gierveld-6'];
const socialNumbers = [1, 4, 7, 8, 11];

/**
 * De Jong Gierveld 11 answers by item number: the listed numbers get "min of meer" (always 1),
 * `missing` ones are left open, the rest get the answer that scores 0. So the total is the count
 * of lonely numbers, emotional the count among 2, 3, 5, 6, 9, 10 and social among 1, 4, 7, 8, 11.
 */
function djg11Answers(lonely: number[], missing: number[] = []): Record<string, string | null> {
  return Object.fromEntries(
    djg11.items.map((item) => {
      if (missing.includes(item.number)) return [item.id, null];
      if (lonely.includes(item.number)) return [item.id, 'min-of-meer'];
      return [item.id, socialNumbers.includes(item.number) ? 'ja' : 'nee'];
    }),
  );
}

let counter = 0;
function measurement(moment: MeasurementMoment, takenOn: string, answers: Record<string, string | null>, scaleId = djg11.id): SeriesMeasurement {
  counter++;
  return { id: `m-${counter}`, scaleId, moment, takenOn, answers, createdAt: `${takenOn}T10:00:00.000Z` };
}

describe('scoreSeries', () => {
  const intake = measurement('intake', '2026-03-02', djg11Answers([1, 2, 3, 4, 5, 6, 7, 8]));
  const halfway = measurement('halfway', '2026-03-30', djg11Answers([2, 3, 5], [1, 4]));
  const end = measurement('end', '2026-04-27', djg11Answers([2, 3, 9, 10]));
  const otherScale = measurement('halfway', '2026-03-30', { emptiness: 'ja' }, djg6.id);
  const unfit = measurement('other', '2026-04-01', { 'no-such-item': 'ja' });

  it('sorts by date, leaves out other scales and re-scores each point from its raw answers', () => {
    const series = scoreSeries(djg11, [end, otherScale, unfit, intake, halfway]);
    expect(series.scaleId).toBe('de-jong-gierveld-11');
    expect(series.scaleVersion).toBe(1);
    expect(series.points.map((point) => [point.takenOn, point.moment])).toEqual([
      ['2026-03-02', 'intake'],
      ['2026-03-30', 'halfway'],
      ['2026-04-01', 'other'],
      ['2026-04-27', 'end'],
    ]);
    expect(series.points[0]).toMatchObject({
      measurementId: intake.id,
      scored: true,
      total: { status: 'complete', value: 8 },
      subscales: { emotional: { status: 'complete', value: 4 }, social: { status: 'complete', value: 4 } },
    });
    expect(series.points[3]).toMatchObject({
      scored: true,
      total: { status: 'complete', value: 4 },
      subscales: { emotional: { status: 'complete', value: 4 }, social: { status: 'complete', value: 0 } },
    });
  });

  it('keeps an incomplete point in the series, without a value', () => {
    const point = scoreSeries(djg11, [halfway]).points[0];
    expect(point).toEqual({
      measurementId: halfway.id,
      takenOn: '2026-03-30',
      moment: 'halfway',
      scored: true,
      total: { status: 'incomplete', answered: 9, of: 11 },
      subscales: { emotional: { status: 'complete', value: 3 }, social: { status: 'incomplete', answered: 3, of: 5 } },
    });
  });

  it('keeps answers that no longer fit the definition as an unscored point, with why', () => {
    expect(scoreSeries(djg11, [unfit]).points[0]).toEqual({
      measurementId: unfit.id,
      takenOn: '2026-04-01',
      moment: 'other',
      scored: false,
      issues: [{ code: 'unknown_item', itemId: 'no-such-item' }],
    });
  });

  it('orders two measurements on one day by moment, then by when they were recorded', () => {
    const sameDayEnd = { ...measurement('end', '2026-04-27', djg11Answers([])), createdAt: '2026-04-27T09:00:00.000Z' };
    const sameDayOther = { ...measurement('other', '2026-04-27', djg11Answers([1])), createdAt: '2026-04-27T08:00:00.000Z' };
    const later = { ...measurement('other', '2026-04-27', djg11Answers([1, 2])), createdAt: '2026-04-27T11:00:00.000Z' };
    const ids = scoreSeries(djg11, [later, sameDayOther, sameDayEnd]).points.map((point) => point.measurementId);
    expect(ids).toEqual([sameDayEnd.id, sameDayOther.id, later.id]);
  });
});

describe('averageChange', () => {
  // A: intake 8 (emotional 4, social 4) → end 4 (emotional 4, social 0): −4.
  const clientA = scoreSeries(djg11, [
    measurement('intake', '2026-03-02', djg11Answers([1, 2, 3, 4, 5, 6, 7, 8])),
    measurement('end', '2026-04-27', djg11Answers([2, 3, 9, 10])),
  ]);
  // B: intake partial 9 of 10 answered (item 8 open; emotional 6, social incomplete) → end 6 (emotional 6, social 0): −3.
  const clientB = scoreSeries(djg11, [
    measurement('intake', '2026-03-03', djg11Answers([2, 3, 5, 6, 9, 10, 1, 4, 7], [8])),
    measurement('end', '2026-04-28', djg11Answers([2, 3, 5, 6, 9, 10])),
  ]);
  // C: intake 7, no end yet.
  const clientC = scoreSeries(djg11, [measurement('intake', '2026-03-04', djg11Answers([1, 2, 3, 4, 5, 6, 7]))]);
  // D: intake incomplete (two items open), end 3.
  const clientD = scoreSeries(djg11, [
    measurement('intake', '2026-03-05', djg11Answers([1], [2, 3])),
    measurement('end', '2026-04-30', djg11Answers([1, 2, 3])),
  ]);

  it('averages the change of the total over the clients with a total at both moments, and says how many', () => {
    expect(averageChange([clientA, clientB, clientC, clientD], 'intake', 'end')).toEqual({
      ok: true,
      scaleId: 'de-jong-gierveld-11',
      from: 'intake',
      to: 'end',
      total: { n: 2, meanFrom: 8.5, meanTo: 5, meanChange: -3.5, withPartial: 1, withoutBoth: 2 },
      subscales: {
        emotional: { n: 2, meanFrom: 5, meanTo: 5, meanChange: 0 },
        social: { n: 1, meanFrom: 4, meanTo: 0, meanChange: -4 },
      },
    });
  });

  it('reports no mean, not zero, when no client has both moments', () => {
    expect(averageChange([clientC], 'intake', 'end')).toMatchObject({
      ok: true,
      total: { n: 0, meanFrom: null, meanTo: null, meanChange: null, withPartial: 0, withoutBoth: 1 },
    });
    expect(averageChange([clientA, clientB], 'intake', 'follow_up')).toMatchObject({ total: { n: 0, meanChange: null, withoutBoth: 2 } });
    expect(averageChange([], 'intake', 'end')).toEqual({
      ok: true,
      scaleId: null,
      from: 'intake',
      to: 'end',
      total: { n: 0, meanFrom: null, meanTo: null, meanChange: null, withPartial: 0, withoutBoth: 0 },
      subscales: {},
    });
  });

  it('uses the latest measurement with a total when a moment was measured twice', () => {
    const repeated = scoreSeries(djg11, [
      measurement('intake', '2026-03-02', djg11Answers([1, 2, 3, 4, 5, 6, 7, 8])), // 8
      measurement('intake', '2026-03-05', djg11Answers([1, 2, 3, 4, 5, 6])), // 6: the repeat counts
      measurement('intake', '2026-03-06', djg11Answers([], [1, 2, 3])), // incomplete: skipped
      measurement('end', '2026-04-27', djg11Answers([1, 2])), // 2
    ]);
    expect(averageChange([repeated], 'intake', 'end')).toMatchObject({ total: { n: 1, meanFrom: 6, meanTo: 2, meanChange: -4 } });
  });

  it('refuses to mix scales, or versions of one scale', () => {
    const shortScale = scoreSeries(djg6, [measurement('intake', '2026-03-02', { emptiness: 'ja' }, djg6.id)]);
    expect(averageChange([clientA, shortScale], 'intake', 'end')).toEqual({
      ok: false,
      error: { code: 'mixed_scales', scales: ['de-jong-gierveld-11@1', 'de-jong-gierveld-6@1'] },
    });
    const newerVersion: ScoreSeries = { ...clientB, scaleVersion: 2 };
    expect(averageChange([clientA, newerVersion], 'intake', 'end')).toMatchObject({ ok: false, error: { code: 'mixed_scales' } });
  });
});
