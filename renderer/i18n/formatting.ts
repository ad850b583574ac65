import type { Language } from '../../main/api/api-types';

/** Dutch as in the Netherlands; English with day-month order ("3 May 1950"), as Dutch readers expect. */
const intlLocales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date (YYYY-MM-DD) written out in the UI language: "3 mei 1950" / "3 May 1950". */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (ISO 8601 timestamp) in the worker's own time zone, with the time. */
export function formatDateTime(isoDateTime: string, language: Language): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(intlLocales[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Whole years between a date of birth and today (a calendar date, local time). */
export function ageOn(dateOfBirth: string, today: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - year;
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : undefined;
}

/** Today as YYYY-MM-DD in local time, for the `max` of a date-of-birth input. */
export function todayIso(today: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/** The Intl locale for a UI language ("nl-NL", "en-GB"). */
export function intlLocale(language: Language): string {
  return intlLocales[language];
}

function calendarDate(isoDate: string): Date | undefined {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date in a list: "27 feb 2025" / "27 Feb 2025". */
export function formatShortDate(isoDate: string, language: Language): string {
  const date = calendarDate(isoDate);
  if (date === undefined) return isoDate;
  return new Intl.DateTimeFormat(intlLocales[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A day heading: "maandag 3 maart" / "Monday 3 March"; with the year when asked. */
export function formatDayHeading(isoDate: string, language: Language, withYear = false): string {
  const date = calendarDate(isoDate);
  if (date === undefined) return isoDate;
  return new Intl.DateTimeFormat(intlLocales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** The clock time of a moment in the worker's time zone: "09:30". */
export function formatTime(isoDateTime: string, language: Language): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(intlLocales[language], { hour: '2-digit', minute: '2-digit' }).format(date);
}

/**
 * How long ago a day was, in words: "vandaag", "gisteren", "5 dagen geleden", "3 weken geleden",
 * "4 maanden geleden". `daysAgo` counts calendar days (0 = today).
 */
export function formatDaysAgo(daysAgo: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(intlLocales[language], { numeric: 'auto' });
  if (daysAgo < 14) return format.format(-daysAgo, 'day');
  if (daysAgo < 61) return format.format(-Math.floor(daysAgo / 7), 'week');
  if (daysAgo < 730) return format.format(-Math.floor(daysAgo / 30.44), 'month');
  return format.format(-Math.floor(daysAgo / 365.25), 'year');
}
