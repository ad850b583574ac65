import type { Language } from '../preferences/preferences-schema';

/**
 * How documents write dates, numbers and file names. Dates are local calendar days (YYYY-MM-DD)
 * written out in the document's language: "4 december 2026", "4 December 2026".
 */
const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function documentLocale(language: Language): string {
  return locales[language];
}

const calendarDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date, 12));
};

export function longDate(day: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(calendarDay(day));
}

/** "4 dec." / "4 Dec": for chart axes, where room is short. */
export function shortDate(day: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(calendarDay(day));
}

/** At most one decimal, with the language's decimal sign: "4,5" / "4.5". */
export function decimal(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
}

/** A change with its sign: "+1,5", "−2", "0". */
export function signedDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** `zoe-bakker-celik`: ASCII letters and digits in hyphenated groups, safe in any file system. */
export function fileNameSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** `verwijsbrief-jansen-2026-12-04.pdf`: what it is, about whom, and the day it was made. */
export function documentFileName(parts: readonly string[], day: string): string {
  return `${[...parts.map((part) => fileNameSlug(part, '')).filter((part) => part !== ''), day].join('-')}.pdf`;
}
