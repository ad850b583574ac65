import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import { programmeTemplateSchema, type ProgrammeTemplate } from '../../../../../main/domain/programme/programme-template';
import {
  addSession,
  duplicateTemplate,
  isValidCode,
  moveSession,
  removeSession,
  replaceText,
  setSessionPhase,
  type EditResult,
} from '../../../../../main/domain/programme/template-edit';
import { at, copyOfDefault, newSessionContent, session } from './template-fixtures';

/** The template of a successful edit, checked once more against the schema. */
function edited(result: EditResult): ProgrammeTemplate {
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.issues)}`);
  expect(programmeTemplateSchema.safeParse(result.template).success).toBe(true);
  return result.template;
}

const titles = (template: ProgrammeTemplate) => template.sessions.map((s) => s.title.en);
const weeks = (template: ProgrammeTemplate) => template.sessions.map((s) => s.week);
const numbers = (template: ProgrammeTemplate) => template.sessions.map((s) => s.number);
const defaultTitles = titles(defaultTemplate);

/** The default's skills and connect sessions only, planned every other week: weeks 1, 3, 5, 7, 9. */
function fortnightly(): ProgrammeTemplate {
  const template = copyOfDefault();
  template.sessions = template.sessions.slice(3).map((s, index) => ({ ...s, number: index + 1, week: index * 2 + 1 }));
  return edited({ ok: true, template });
}

describe('duplicateTemplate', () => {
  const names = { name: { nl: 'Wijkteam Noord: 8 weken', en: 'District team North: 8 weeks' } };

  it('makes an organisation copy at version 1 that remembers its source and keeps the content', () => {
    const source = { ...copyOfDefault(), version: 4 };
    const copy = edited(duplicateTemplate(source, 'wijkteam-noord-8-weken', names));
    expect(copy).toMatchObject({
      id: 'wijkteam-noord-8-weken',
      origin: 'organisation',
      version: 1,
      basedOn: { id: 'verbind-8-weeks', version: 4 },
      name: names.name,
      description: defaultTemplate.description,
    });
    expect(copy.sessions).toEqual(defaultTemplate.sessions);
    expect(source.origin).toBe('builtin');
  });

  it('takes a new description when one is given', () => {
    const description = { nl: 'Onze versie.', en: 'Our version.' };
    expect(edited(duplicateTemplate(defaultTemplate, 'onze-versie', { ...names, description })).description).toEqual(description);
  });

  it('shares no objects with the source, so editing the copy leaves the source alone', () => {
    const copy = edited(duplicateTemplate(defaultTemplate, 'kopie', names));
    session(copy, 0).title.nl = 'Anders';
    expect(session(defaultTemplate, 0).title.nl).not.toBe('Anders');
  });

  it.each([
    ['the same id', 'verbind-8-weeks', { path: ['id'], messageKey: 'programme:edit.sameId' }],
    ['an id that is not kebab-case', 'Wijkteam Noord', { path: ['id'], messageKey: 'programme:template.invalid.code' }],
  ])('refuses %s', (_name, id, issue) => {
    expect(duplicateTemplate(defaultTemplate, id, names)).toEqual({ ok: false, issues: [issue] });
  });

  it('refuses an empty name', () => {
    expect(duplicateTemplate(defaultTemplate, 'kopie', { name: { nl: '', en: 'Copy' } })).toEqual({
      ok: false,
      issues: [{ path: ['name', 'nl'], messageKey: 'programme:template.invalid.textRequired' }],
    });
  });
});

describe('moveSession', () => {
  it('moves a session up within its phase: content swaps, weeks stay with the slots, numbers follow', () => {
    const moved = edited(moveSession(defaultTemplate, 2, 'up'));
    expect(titles(moved)).toEqual([defaultTitles[1], defaultTitles[0], ...defaultTitles.slice(2)]);
    expect(numbers(moved)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(weeks(moved)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('moves a session down and leaves its input unchanged', () => {
    const before = structuredClone(defaultTemplate);
    const moved = edited(moveSession(defaultTemplate, 5, 'down'));
    expect(titles(moved).slice(4, 6)).toEqual([defaultTitles[5], defaultTitles[4]]);
    expect(defaultTemplate).toEqual(before);
  });

  it('keeps a fortnightly schedule when moving', () => {
    expect(weeks(edited(moveSession(fortnightly(), 2, 'up')))).toEqual([1, 3, 5, 7, 9]);
  });

  it.each<[string, number, 'up' | 'down', { path: (string | number)[]; messageKey: string }]>([
    ['the first session up', 1, 'up', { path: ['sessions', 0], messageKey: 'programme:edit.cannotMove' }],
    ['the last session down', 8, 'down', { path: ['sessions', 7], messageKey: 'programme:edit.cannotMove' }],
    ['a session that does not exist', 12, 'up', { path: ['sessions'], messageKey: 'programme:edit.sessionNotFound' }],
    ['a session into another phase', 4, 'up', { path: ['sessions', 3, 'phase'], messageKey: 'programme:template.invalid.sessionPhaseOrder' }],
  ])('refuses to move %s', (_name, sessionNumber, direction, issue) => {
    expect(moveSession(defaultTemplate, sessionNumber, direction)).toEqual({ ok: false, issues: [issue] });
  });

  it('can move a session across a phase border after its phase is changed', () => {
    const inCalm = edited(setSessionPhase(defaultTemplate, 4, 'calm'));
    const moved = edited(moveSession(inCalm, 4, 'up'));
    expect(titles(moved).slice(2, 4)).toEqual([defaultTitles[3], defaultTitles[2]]);
  });
});

describe('setSessionPhase', () => {
  it('refuses a phase that breaks the order', () => {
    expect(setSessionPhase(defaultTemplate, 2, 'connect')).toEqual({
      ok: false,
      issues: [{ path: ['sessions', 2, 'phase'], messageKey: 'programme:template.invalid.sessionPhaseOrder' }],
    });
  });
});

describe('addSession', () => {
  it('adds a session after session 3: the new one takes week 4 and the later ones move one week on', () => {
    const added = edited(addSession(defaultTemplate, 3, newSessionContent('calm', 'a')));
    expect(added.sessions).toHaveLength(9);
    expect(session(added, 3)).toMatchObject({ number: 4, week: 4, phase: 'calm', handout: 'extra-a' });
    expect(numbers(added)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(weeks(added)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(titles(added).slice(4)).toEqual(defaultTitles.slice(3));
  });

  it('adds a session at the start in week 1', () => {
    const added = edited(addSession(defaultTemplate, 0, newSessionContent('calm', 'b')));
    expect(session(added, 0)).toMatchObject({ number: 1, week: 1, handout: 'extra-b' });
    expect(weeks(added)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('fills a free week in a fortnightly schedule without moving the later sessions', () => {
    const added = edited(addSession(fortnightly(), 1, newSessionContent('skills', 'c')));
    expect(weeks(added)).toEqual([1, 2, 3, 5, 7, 9]);
  });

  it.each<[string, ProgrammeTemplate, number, Parameters<typeof addSession>[2], { path: (string | number)[]; messageKey: string }]>([
    [
      'after a session that does not exist',
      defaultTemplate,
      9,
      newSessionContent('connect', 'd'),
      { path: ['sessions'], messageKey: 'programme:edit.sessionNotFound' },
    ],
    [
      'with an exercise id the template already has',
      defaultTemplate,
      8,
      { ...newSessionContent('connect', 'e'), exercises: [at(session(defaultTemplate, 0).exercises, 0)] },
      { path: ['sessions', 8, 'exercises', 0, 'id'], messageKey: 'programme:template.invalid.exerciseDuplicate' },
    ],
    [
      'in a phase that does not fit its place',
      defaultTemplate,
      1,
      newSessionContent('connect', 'f'),
      { path: ['sessions', 2, 'phase'], messageKey: 'programme:template.invalid.sessionPhaseOrder' },
    ],
    [
      'past the last week a programme can have',
      { ...copyOfDefault(), sessions: copyOfDefault().sessions.map((s) => (s.number === 8 ? { ...s, week: 52 } : s)) },
      8,
      newSessionContent('connect', 'g'),
      { path: ['sessions', 8, 'week'], messageKey: 'programme:template.invalid.number' },
    ],
  ])('refuses a session %s', (_name, template, after, content, issue) => {
    expect(addSession(template, after, content)).toEqual({ ok: false, issues: [issue] });
  });
});

describe('removeSession', () => {
  it('removes session 5 and closes the gap: 7 sessions in weeks 1–7', () => {
    const removed = edited(removeSession(defaultTemplate, 5));
    expect(titles(removed)).toEqual([...defaultTitles.slice(0, 4), ...defaultTitles.slice(5)]);
    expect(numbers(removed)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weeks(removed)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('removes the first session and starts in week 1 again', () => {
    expect(weeks(edited(removeSession(defaultTemplate, 1)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps a fortnightly schedule fortnightly', () => {
    expect(weeks(edited(removeSession(fortnightly(), 2)))).toEqual([1, 3, 5, 7]);
  });

  it('refuses a session that does not exist', () => {
    expect(removeSession(defaultTemplate, 0)).toEqual({ ok: false, issues: [{ path: ['sessions'], messageKey: 'programme:edit.sessionNotFound' }] });
  });

  it('refuses to remove the only session', () => {
    const single = { ...copyOfDefault(), sessions: [session(copyOfDefault(), 0)] };
    expect(removeSession(single, 1)).toEqual({ ok: false, issues: [{ path: ['sessions'], messageKey: 'programme:template.invalid.tooFew' }] });
  });
});

describe('replaceText', () => {
  it('replaces one language of a question and leaves everything else alone', () => {
    const result = edited(replaceText(defaultTemplate, ['sessions', 2, 'questions', 0], 'nl', 'Wat maakte je vroeger blij?'));
    expect(at(session(result, 2).questions, 0)).toEqual({ nl: 'Wat maakte je vroeger blij?', en: at(session(defaultTemplate, 2).questions, 0).en });
    expect({ ...result, sessions: [] }).toEqual({ ...defaultTemplate, sessions: [] });
    expect(result.sessions.filter((_, index) => index !== 2)).toEqual(defaultTemplate.sessions.filter((_, index) => index !== 2));
    expect(at(session(defaultTemplate, 2).questions, 0).nl).not.toBe('Wat maakte je vroeger blij?');
  });

  it('replaces exercise instructions, aftercare questions and the template name', () => {
    const instructions = edited(replaceText(defaultTemplate, ['sessions', 0, 'exercises', 1, 'instructions'], 'en', 'Breathe.'));
    expect(at(session(instructions, 0).exercises, 1).instructions.en).toBe('Breathe.');
    const aftercare = edited(replaceText(defaultTemplate, ['aftercare', 2, 'questions', 1], 'nl', 'Wat ging goed?'));
    expect(at(at(aftercare.aftercare, 2).questions, 1).nl).toBe('Wat ging goed?');
    expect(edited(replaceText(defaultTemplate, ['name'], 'en', 'Our programme')).name.en).toBe('Our programme');
  });

  it.each<[string, (string | number)[]]>([
    ['a number', ['sessions', 2, 'week']],
    ['a whole session', ['sessions', 2]],
    ['a list of questions', ['sessions', 2, 'questions']],
    ['an index past the end', ['sessions', 8, 'title']],
    ['a key that does not exist', ['sessions', 0, 'summary']],
    ['a prototype path', ['__proto__', 'toString']],
    ['one language instead of the text', ['sessions', 0, 'title', 'nl']],
  ])('refuses a path to %s', (_name, path) => {
    expect(replaceText(defaultTemplate, path, 'nl', 'x')).toEqual({ ok: false, issues: [{ path, messageKey: 'programme:edit.notAText' }] });
  });

  it.each([
    ['too long', 'x'.repeat(121), 'programme:template.invalid.textTooLong'],
    ['empty', '  ', 'programme:template.invalid.textRequired'],
  ])('refuses a text that is %s', (_name, value, messageKey) => {
    expect(replaceText(defaultTemplate, ['sessions', 1, 'title'], 'en', value)).toEqual({
      ok: false,
      issues: [{ path: ['sessions', 1, 'title', 'en'], messageKey }],
    });
  });
});

describe('isValidCode', () => {
  it.each([
    ['wijkteam-noord', true],
    ['verbind-8-weeks', true],
    ['Wijkteam', false],
    ['wijkteam--noord', false],
    ['-noord', false],
    ['noord_oost', false],
    ['a'.repeat(65), false],
  ])('%s → %s', (value, valid) => {
    expect(isValidCode(value)).toBe(valid);
  });
});
