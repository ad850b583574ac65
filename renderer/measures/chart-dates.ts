import type { Language } from '../../main/api/api-types';
import { intlLocale } from '../i18n/formatting';

function format(date: string, language: Language, month: 'short' | 'long', withYear: boolean): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month,
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(parsed);
}

/** A date tick: "2 mrt" / "2 Mar", with the year on the first tick and where the year changes. */
export function formatTickDate(date: string, language: Language, withYear: boolean): string {
  return format(date, language, 'short', withYear);
}

/** A date in a chart's summary: "2 maart" / "2 March", with the year when asked. */
export function formatDayMonth(date: string, language: Language, withYear: boolean): string {
  return format(date, language, 'long', withYear);
}
