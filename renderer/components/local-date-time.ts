import type { Language } from '../../main/api/api-types';
import { intlLocale } from '../i18n/formatting';

/**
 * `<input type="datetime-local">` speaks in wall-clock time without a zone ("2025-03-04T14:30");
 * the API wants an ISO moment. These helpers convert both ways in the worker's own time zone.
 */

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** A moment as the value of a datetime-local input, in local time, to the minute. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A stored ISO moment as a datetime-local value ('' when it cannot be read). */
export function isoToLocalInputValue(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : toLocalInputValue(date);
}

/**
 * A datetime-local value as ISO 8601 with the local offset ("2025-03-04T14:30:00+01:00"), so the
 * stored moment is exact and a reader still sees the worker's wall-clock time. A time that does not
 * exist (inside the spring DST gap) moves forward as the clock did. Undefined for anything else.
 */
export function localInputToIso(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(date.getTime()) || date.getDate() !== day) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

/** "dinsdag 4 maart 2025 om 14:30" / "Tuesday 4 March 2025 at 14:30": for planned moments. */
export function formatWeekdayDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
