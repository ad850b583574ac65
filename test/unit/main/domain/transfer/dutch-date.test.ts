import { describe, expect, it } from 'vitest';
import { formatDutchDate, parseDutchDate } from '../../../../../main/domain/transfer/dutch-date';

describe('parseDutchDate', () => {
  it.each([
    ['14-03-1947', '1947-03-14'],
    ['3-7-1958', '1958-07-03'],
    ['03-7-1958', '1958-07-03'],
    ['16/07/1948', '1948-07-16'],
    ['8/9/1962', '1962-09-08'],
    ['08.09.1962', '1962-09-08'],
    ['1978-05-14', '1978-05-14'],
    ['1978-5-4', '1978-05-04'],
    ['  14-03-1947 ', '1947-03-14'],
    ['29-02-1960', '1960-02-29'],
    ['29-02-2000', '2000-02-29'],
    ['31-12-1999', '1999-12-31'],
    ['14-3-1947 0:00', '1947-03-14'],
    ['14-03-1947 00:00:00', '1947-03-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDutchDate(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31-02-1980', 'a 31st of February'],
    ['30-02-1980', 'a 30th of February'],
    ['29-02-1981', 'a leap day in a common year'],
    ['29-02-1900', 'a leap day in 1900 (not a leap year)'],
    ['31-04-1975', 'a 31st of April'],
    ['00-01-1980', 'day 0'],
    ['12-13-1980', 'month 13 (an American date)'],
    ['1980-02-30', 'an impossible ISO date'],
  ])('refuses %j (%s) as impossible', (text) => {
    expect(parseDutchDate(text)).toEqual({ ok: false, reason: 'impossible', messageKey: 'import:validation.dateImpossible' });
  });

  it.each(['01-02-34', '1-2-80', '14/03/47', '14.03.47'])('refuses the two-digit year in %j on its own', (text) => {
    expect(parseDutchDate(text)).toEqual({ ok: false, reason: 'two_digit_year', messageKey: 'import:validation.twoDigitYear' });
  });

  it.each([
    '',
    '1980',
    '14 maart 1947',
    '14-03/1947',
    '14-03-19470',
    '03/14/1947 12:00 PM',
    '29221',
    '1947-03-14T00:00:00Z',
    '14-03-1947'.repeat(1000),
  ])('refuses %j as not a date format', (text) => {
    expect(parseDutchDate(text)).toEqual({ ok: false, reason: 'format', messageKey: 'import:validation.dateFormat' });
  });
});

describe('formatDutchDate', () => {
  it('writes dd-mm-jjjj, which parses back to the same day', () => {
    expect(formatDutchDate('1947-03-04')).toBe('04-03-1947');
    expect(parseDutchDate(formatDutchDate('1947-03-04'))).toEqual({ ok: true, iso: '1947-03-04' });
  });
});
