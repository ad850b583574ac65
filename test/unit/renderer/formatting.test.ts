import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, formatDateTime, todayIso } from '../../../renderer/i18n/formatting';

describe('formatting', () => {
  it('writes a date out in the UI language', () => {
    expect(formatDate('1950-05-03', 'nl')).toBe('3 mei 1950');
    expect(formatDate('1950-05-03', 'en')).toBe('3 May 1950');
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });

  it('does not shift a calendar date by the time zone', () => {
    expect(formatDate('2000-01-01', 'nl')).toBe('1 januari 2000');
  });

  it('writes a moment with its time', () => {
    expect(formatDateTime('2025-03-01T09:00:00.000Z', 'nl')).toMatch(/maart 2025/);
  });

  it('counts whole years, the birthday included', () => {
    expect(ageOn('1950-05-03', new Date(2025, 4, 2))).toBe(74);
    expect(ageOn('1950-05-03', new Date(2025, 4, 3))).toBe(75);
    expect(ageOn('2000-02-29', new Date(2025, 1, 28))).toBe(24);
    expect(ageOn('2030-01-01', new Date(2025, 0, 1))).toBeUndefined();
    expect(ageOn('03-05-1950', new Date(2025, 0, 1))).toBeUndefined();
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2025, 0, 9))).toBe('2025-01-09');
  });
});
