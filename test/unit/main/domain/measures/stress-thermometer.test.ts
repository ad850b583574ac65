import { describe, expect, it } from 'vitest';
import {
  defaultStillHighThreshold,
  isStillHigh,
  isStillHighThreshold,
  isStressLevel,
  stressTrend,
  type StressPoint,
} from '../../../../../main/domain/measures/stress-thermometer';

/** Points on consecutive days in March 2026. */
const daily = (...values: number[]): StressPoint[] =>
  values.map((value, index) => ({ at: `2026-03-${String(index + 1).padStart(2, '0')}`, value }));

describe('the stress thermometer range', () => {
  it.each([0, 1, 5, 9, 10])('accepts %s', (value) => expect(isStressLevel(value)).toBe(true));
  it.each([-1, 11, 5.5, Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined])('refuses %s', (value) =>
    expect(isStressLevel(value)).toBe(false),
  );

  it('accepts thresholds 1 to 10 only', () => {
    expect(isStillHighThreshold(1)).toBe(true);
    expect(isStillHighThreshold(10)).toBe(true);
    expect(isStillHighThreshold(0)).toBe(false);
    expect(isStillHighThreshold(11)).toBe(false);
  });
});

describe('isStillHigh', () => {
  it('uses 5 or more as the default point to talk further', () => {
    expect(defaultStillHighThreshold).toBe(5);
    expect(isStillHigh(0)).toBe(false);
    expect(isStillHigh(4)).toBe(false);
    expect(isStillHigh(5)).toBe(true);
    expect(isStillHigh(10)).toBe(true);
  });

  it('follows an adjusted threshold', () => {
    expect(isStillHigh(6, 7)).toBe(false);
    expect(isStillHigh(7, 7)).toBe(true);
    expect(isStillHigh(3, 3)).toBe(true);
    expect(isStillHigh(2, 3)).toBe(false);
  });

  it('refuses values and thresholds outside the thermometer', () => {
    expect(() => isStillHigh(11)).toThrow(RangeError);
    expect(() => isStillHigh(-1)).toThrow(RangeError);
    expect(() => isStillHigh(4.5)).toThrow(RangeError);
    expect(() => isStillHigh(5, 0)).toThrow(RangeError);
    expect(() => isStillHigh(5, 11)).toThrow(RangeError);
  });
});

describe('stressTrend', () => {
  it('needs at least two points', () => {
    expect(stressTrend([])).toEqual({ direction: 'insufficient', points: 0 });
    expect(stressTrend(daily(7))).toEqual({ direction: 'insufficient', points: 1 });
  });

  it('with two points compares the first with the last', () => {
    expect(stressTrend(daily(6, 3))).toEqual({ direction: 'down', change: -3, firstMean: 6, lastMean: 3, window: 1, points: 2 });
  });

  it('with six points compares the mean of the first three with the last three', () => {
    const trend = stressTrend(daily(8, 7, 7, 5, 4, 3));
    expect(trend).toMatchObject({ direction: 'down', firstMean: 22 / 3, lastMean: 4, window: 3, points: 6 });
    expect(trend.direction !== 'insufficient' && trend.change).toBeCloseTo(-10 / 3);
  });

  it('with five points uses two at each end, so the ends never share a point', () => {
    expect(stressTrend(daily(3, 3, 9, 4, 5))).toEqual({ direction: 'up', change: 1.5, firstMean: 3, lastMean: 4.5, window: 2, points: 5 });
  });

  it('averages at most three at each end of a long series', () => {
    expect(stressTrend(daily(9, 9, 9, 2, 2, 2, 2, 5, 5, 5))).toMatchObject({ direction: 'down', firstMean: 9, lastMean: 5, window: 3 });
  });

  it('calls a change below one point flat', () => {
    expect(stressTrend(daily(5, 6, 5, 5))).toMatchObject({ direction: 'flat', change: -0.5 });
    expect(stressTrend(daily(4, 4))).toMatchObject({ direction: 'flat', change: 0 });
  });

  it('calls a change of exactly one point a change, despite rounding in the means', () => {
    expect(stressTrend(daily(3, 3, 4, 4, 4, 5))).toMatchObject({ direction: 'up' });
    expect(stressTrend(daily(4, 4, 5, 3, 3, 4))).toMatchObject({ direction: 'down' });
  });

  it('puts points in date order, and keeps the given order within one day (start before end of a session)', () => {
    const shuffled = [
      { at: '2026-03-09', value: 2 },
      { at: '2026-03-02', value: 8 },
    ];
    expect(stressTrend(shuffled)).toMatchObject({ direction: 'down', firstMean: 8, lastMean: 2 });
    const oneSession = [
      { at: '2026-03-02', value: 7 },
      { at: '2026-03-02', value: 4 },
    ];
    expect(stressTrend(oneSession)).toMatchObject({ direction: 'down', change: -3 });
  });

  it('takes a smaller window and a larger minimum change when asked', () => {
    expect(stressTrend(daily(8, 2, 2, 2, 2, 6), { window: 1 })).toMatchObject({ direction: 'down', change: -2, window: 1 });
    expect(stressTrend(daily(3, 4), { minChange: 2 })).toMatchObject({ direction: 'flat' });
    expect(stressTrend(daily(3, 5), { minChange: 2 })).toMatchObject({ direction: 'up' });
  });

  it('refuses points outside the thermometer and a window below 1', () => {
    expect(() => stressTrend(daily(3, 12))).toThrow(RangeError);
    expect(() => stressTrend(daily(3, 4), { window: 0 })).toThrow(RangeError);
  });
});
