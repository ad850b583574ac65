import type { Language } from '../../main/api/api-types';
import { intlLocale } from '../i18n/formatting';

/** A planned session in a list: "ma 3 mrt 2025 10:00" / "Mon 3 Mar 2025, 10:00", in local time. */
export function formatSessionMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A stress level or an average of them: "6", "6,5" / "6.5". */
export function formatStress(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(value);
}
