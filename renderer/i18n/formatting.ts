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
