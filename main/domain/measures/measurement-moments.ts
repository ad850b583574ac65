import { addDays, daysBetween } from '../agenda/local-date';

/**
 * When a client's loneliness is measured: intake (week 0), halfway (week 4), end (week 8) and
 * follow-up (3 months after the end), plus `other` for an extra measurement. Dates are local
 * calendar days (YYYY-MM-DD). No zod here, so the renderer can show the same due tasks.
 */
export const measurementMoments = ['intake', 'halfway', 'end', 'follow_up', 'other'] as const;
export type MeasurementMoment = (typeof measurementMoments)[number];

export const plannedMomentKinds = ['intake', 'halfway', 'end', 'follow_up'] as const;
export type PlannedMomentKind = (typeof plannedMomentKinds)[number];

export interface PlannedMoment {
  moment: PlannedMomentKind;
  due: string;
}

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = localDatePattern.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The same day `months` calendar months later; a day the target month lacks becomes its last day
 * (31 May + 3 months = 31 August, 30 November + 3 months = 28 or 29 February).
 */
export function addMonthsClamped(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/**
 * The due dates of the four planned moments. Without an end date the programme is the usual
 * 8 weeks: halfway = start + 4 weeks, end = start + 8 weeks. With an end date (a programme moved
 * or extended) the end is that date and halfway is the middle day between start and end (rounded
 * down), which is week 4 again for an 8-week programme. Follow-up = end + 3 calendar months.
 */
export function plannedMoments(programmeStart: string, programmeEnd?: string): PlannedMoment[] {
  parts(programmeStart);
  let end = addDays(programmeStart, 56);
  let halfway = addDays(programmeStart, 28);
  if (programmeEnd !== undefined) {
    parts(programmeEnd);
    const length = daysBetween(programmeStart, programmeEnd);
    if (length < 0) throw new RangeError(`The programme ends (${programmeEnd}) before it starts (${programmeStart})`);
    end = programmeEnd;
    halfway = addDays(programmeStart, Math.floor(length / 2));
  }
  return [
    { moment: 'intake', due: programmeStart },
    { moment: 'halfway', due: halfway },
    { moment: 'end', due: end },
    { moment: 'follow_up', due: addMonthsClamped(end, 3) },
  ];
}

export type MomentStatus = 'upcoming' | 'due' | 'overdue' | 'done';

export interface MomentState extends PlannedMoment {
  status: MomentStatus;
  /** The latest measurement day for this moment, when done. */
  takenOn?: string;
}

export interface DueWindow {
  /** A moment shows as due this many days before its date (default 7: the week before). */
  daysBefore?: number;
  /** And stays due, not overdue, this many days after it (default 7: the session can slip a week). */
  daysAfter?: number;
}

/**
 * The state of each planned moment on `today`: `done` once any measurement is recorded for that
 * moment (whatever its date; pass one scale's measurements to ask per scale), otherwise `upcoming`
 * before the due window, `due` inside it and `overdue` after it.
 */
export function dueMoments(
  planned: readonly PlannedMoment[],
  taken: ReadonlyArray<{ moment: MeasurementMoment; takenOn: string }>,
  today: string,
  window: DueWindow = {},
): MomentState[] {
  parts(today);
  const daysBefore = window.daysBefore ?? 7;
  const daysAfter = window.daysAfter ?? 7;
  return planned.map((entry) => {
    const takenOn = taken
      .filter((measurement) => measurement.moment === entry.moment)
      .map((measurement) => measurement.takenOn)
      .sort()
      .at(-1);
    if (takenOn !== undefined) return { ...entry, status: 'done', takenOn };
    const offset = daysBetween(entry.due, today);
    const status: MomentStatus = offset < -daysBefore ? 'upcoming' : offset > daysAfter ? 'overdue' : 'due';
    return { ...entry, status };
  });
}
