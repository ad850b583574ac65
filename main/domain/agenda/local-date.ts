/**
 * Calendar days in the worker's own time zone. An appointment at 00:30 on Tuesday belongs to
 * Tuesday's list even though it is Monday in UTC.
 */
export function localDate(date: Date): string {
  const year = date.getFullYear();
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The local calendar day `days` after `date` (YYYY-MM-DD), across month ends and DST changes. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return localDate(new Date(year, month - 1, day + days, 12));
}

/** Monday of the ISO week holding `date`: Dutch agendas start the week on Monday. */
export function startOfWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(year, month - 1, day, 12).getDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const toNoon = (value: string) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toNoon(to) - toNoon(from)) / 86_400_000);
}
