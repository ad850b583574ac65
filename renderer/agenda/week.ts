import { addDays, daysBetween, startOfWeek } from '../../main/domain/agenda/local-date';

/** The seven dates of the week that starts on `monday`, Monday first as in Dutch agendas. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, offset) => addDays(monday, offset));
}

/** ISO 8601 week number (week 1 holds the year's first Thursday), as Dutch agendas number weeks. */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(startOfWeek(date), 3);
  // 4 January always lies in week 1; the Thursday decides which year a week belongs to.
  const firstThursday = addDays(startOfWeek(`${thursday.slice(0, 4)}-01-04`), 3);
  return daysBetween(firstThursday, thursday) / 7 + 1;
}

/** The end of an appointment: its start plus its duration, as a moment. */
export function endOf(start: string, durationMinutes: number): string {
  return new Date(Date.parse(start) + durationMinutes * 60_000).toISOString();
}
