import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import type { ProgrammeTemplate, Session } from '../../../../../main/domain/programme/programme-template';

/** A fresh, mutable copy of the default template for one test. */
export const copyOfDefault = (): ProgrammeTemplate => structuredClone(defaultTemplate);

/** The item at an index, or a thrown error (keeps tests free of `!`). */
export function at<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

export const session = (template: ProgrammeTemplate, index: number): Session => at(template.sessions, index);

/** Every `{ nl, en }` text in a value, with its path. */
export function allTexts(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; nl: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => allTexts(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string' && typeof record.en === 'string') return [{ path, nl: record.nl, en: record.en }];
  return Object.entries(record).flatMap(([key, child]) => allTexts(child, [...path, key]));
}

/** A new session's content for the editor helpers, with exercise ids that are not used yet. */
export function newSessionContent(phase: Session['phase'], tag: string): Omit<Session, 'number' | 'week'> {
  const text = (nl: string, en: string) => ({ nl, en });
  return {
    phase,
    title: text(`Extra bijeenkomst ${tag}`, `Extra session ${tag}`),
    aim: text('Meer tijd voor rust.', 'More time for calm.'),
    workerNote: text('Soms is er meer tijd nodig.', 'Sometimes more time is needed.'),
    questions: [
      text('Wat hielp deze week?', 'What helped this week?'),
      text('Wat wil je anders?', 'What would you like to be different?'),
      text('Welke kleine stap zet je?', 'What small step will you take?'),
    ],
    exercises: [{ id: `extra-${tag}`, title: text('Ademen', 'Breathing'), instructions: text('Adem rustig.', 'Breathe calmly.'), durationMinutes: 10 }],
    homework: text('Elke dag ademen.', 'Breathe every day.'),
    handout: `extra-${tag}`,
  };
}
