/**
 * Dates as Dutch spreadsheets hold them: `dd-mm-jjjj`, `d-m-jjjj`, `dd/mm/jjjj`, `dd.mm.jjjj`, and
 * ISO `jjjj-mm-dd`. Excel adds ` 0:00` when the cell held a date-time; that time is dropped.
 * A two-digit year is refused on its own: "01-02-34" could be 1934 or 2034, and guessing a
 * client's age wrong is worse than asking.
 */
export type DutchDateFailure = 'format' | 'two_digit_year' | 'impossible';

const failureKeys = {
  format: 'import:validation.dateFormat',
  two_digit_year: 'import:validation.twoDigitYear',
  impossible: 'import:validation.dateImpossible',
} as const satisfies Record<DutchDateFailure, string>;

export type DutchDateResult =
  | { ok: true; iso: string }
  | { ok: false; reason: DutchDateFailure; messageKey: (typeof failureKeys)[DutchDateFailure] };

// Bounded, anchored patterns on a short, length-checked cell: no backtracking risk.
const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const excelTime = /\s+\d{1,2}:\d{2}(?::\d{2})?$/;

function fail(reason: DutchDateFailure): DutchDateResult {
  return { ok: false, reason, messageKey: failureKeys[reason] };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function toIso(year: number, month: number, day: number): DutchDateResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('impossible');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** A calendar date as `YYYY-MM-DD`, or why the text is not one. */
export function parseDutchDate(text: string): DutchDateResult {
  const trimmed = text.trim();
  if (trimmed.length > 24) return fail('format');
  const date = trimmed.replace(excelTime, '');
  const iso = yearFirst.exec(date);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = dayFirst.exec(date);
  if (!dutch) return fail('format');
  const year = dutch[4] as string;
  if (year.length === 2) return fail('two_digit_year');
  return toIso(Number(year), Number(dutch[3]), Number(dutch[1]));
}

/** `YYYY-MM-DD` as `dd-mm-jjjj`, the form Dutch Excel recognises as a date. */
export function formatDutchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}
