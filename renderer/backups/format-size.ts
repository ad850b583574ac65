import type { Language } from '../../main/api/api-types';
import { intlLocale } from '../i18n/formatting';

const units = [
  ['byte', 1],
  ['kilobyte', 1024],
  ['megabyte', 1024 ** 2],
  ['gigabyte', 1024 ** 3],
] as const;

/** A size on disk in the worker's language: "840 kB", "12,5 MB". */
export function formatSize(bytes: number, language: Language): string {
  const [unit, size] = [...units].reverse().find(([, step]) => bytes >= step) ?? units[0];
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' || unit === 'kilobyte' ? 0 : 1,
  }).format(bytes / size);
}
