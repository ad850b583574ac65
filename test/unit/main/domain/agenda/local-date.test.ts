import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate, startOfWeek } from '../../../../../main/domain/agenda/local-date';

describe('localDate', () => {
  it('gives the calendar day on the laptop, at both ends of the day', () => {
    expect(localDate(new Date(2026, 10, 24, 0, 30))).toBe('2026-11-24');
    expect(localDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(localDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-28', 1, '2026-03-29'], // the night the clocks go forward in Europe
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'], // and back
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-11-25', -30, '2026-10-26'],
    ['2026-11-25', 0, '2026-11-25'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, negative when reversed, across DST and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
  });

  it('agrees with addDays for every day of a year', () => {
    for (let offset = 0; offset <= 366; offset++) expect(daysBetween('2026-01-01', addDays('2026-01-01', offset))).toBe(offset);
  });
});

describe('startOfWeek', () => {
  it.each([
    ['2026-11-25', '2026-11-23'], // Wednesday → Monday
    ['2026-11-23', '2026-11-23'], // Monday stays
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week before, as in Dutch agendas
    ['2026-03-01', '2026-02-23'], // across a month end
    ['2026-03-29', '2026-03-23'], // the DST Sunday
  ])('%s lies in the week of Monday %s', (date, monday) => {
    expect(startOfWeek(date)).toBe(monday);
  });
});
