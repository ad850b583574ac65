import type { TFunction } from 'i18next';

type Path = readonly (string | number)[];

const listItems = {
  sessions: 'fields.session',
  phases: 'fields.phaseItem',
  exercises: 'fields.exercise',
  questions: 'fields.question',
  aftercare: 'fields.aftercareItem',
} as const;

const fieldNames = [
  'name',
  'description',
  'purpose',
  'title',
  'aim',
  'workerNote',
  'questions',
  'exercises',
  'instructions',
  'homework',
  'groupNote',
  'handout',
  'durationMinutes',
  'week',
  'number',
  'phase',
  'phases',
  'sessions',
  'aftercare',
  'focus',
  'weeksAfterEnd',
  'id',
  'mode',
  'origin',
  'version',
  'nl',
  'en',
] as const;
type FieldName = (typeof fieldNames)[number];
const isFieldName = (value: string): value is FieldName => (fieldNames as readonly string[]).includes(value);

/**
 * Where in a template an issue is, in words: `['sessions', 2, 'questions']` → "Bijeenkomst 3 ›
 * Gespreksvragen". Positions count from 1, as the worker sees them.
 */
export function describeTemplatePath(path: Path, t: TFunction<'programme'>): string {
  if (path.length === 0) return t('templatesPage.wholeFile');
  const parts: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const part = path[index];
    const next = path[index + 1];
    if (typeof part === 'string' && part in listItems && typeof next === 'number') {
      parts.push(t(listItems[part as keyof typeof listItems], { number: next + 1 }));
      index++;
    } else if (typeof part === 'string' && isFieldName(part)) {
      parts.push(t(`fields.${part}`));
    } else {
      parts.push(String(typeof part === 'number' ? part + 1 : part));
    }
  }
  return parts.join(' › ');
}
