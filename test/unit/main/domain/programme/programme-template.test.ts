import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import { programmeMessageKeys } from '../../../../../main/domain/programme/programme-messages';
import {
  programmeTemplateSchema,
  textLimits,
  toTemplateIssues,
  type ProgrammeTemplate,
  type TemplateIssue,
} from '../../../../../main/domain/programme/programme-template';
import { at, copyOfDefault, session } from './template-fixtures';

/** The issues the schema reports for the default template after one change. */
function issuesAfter(change: (template: ProgrammeTemplate) => void): TemplateIssue[] {
  const template = copyOfDefault();
  change(template);
  const result = programmeTemplateSchema.safeParse(template);
  return result.success ? [] : toTemplateIssues(result.error.issues);
}

const loose = (value: unknown) => value as Record<string, unknown>;

describe('programmeTemplateSchema', () => {
  it('accepts the default template unchanged', () => {
    const result = programmeTemplateSchema.safeParse(structuredClone(defaultTemplate));
    expect(result.success).toBe(true);
    expect(result.data).toEqual(defaultTemplate);
  });

  it.each<[string, (template: ProgrammeTemplate) => void, TemplateIssue[]]>([
    [
      'sessions out of order',
      (t) => {
        session(t, 1).number = 3;
        session(t, 2).number = 2;
      },
      [
        { path: ['sessions', 1, 'number'], messageKey: 'programme:template.invalid.sessionOrder' },
        { path: ['sessions', 2, 'number'], messageKey: 'programme:template.invalid.sessionOrder' },
      ],
    ],
    [
      'a duplicate session number',
      (t) => {
        session(t, 2).number = 2;
      },
      [{ path: ['sessions', 2, 'number'], messageKey: 'programme:template.invalid.sessionDuplicate' }],
    ],
    [
      'two sessions in one week',
      (t) => {
        session(t, 2).week = 2;
      },
      [{ path: ['sessions', 2, 'week'], messageKey: 'programme:template.invalid.weekDuplicate' }],
    ],
    [
      'a week earlier than the session before',
      (t) => {
        session(t, 2).week = 1;
      },
      [{ path: ['sessions', 2, 'week'], messageKey: 'programme:template.invalid.weekOrder' }],
    ],
    [
      'a session whose phase is not declared',
      (t) => {
        t.phases = t.phases.filter((phase) => phase.id !== 'aftercare');
        delete t.aftercare;
        session(t, 7).phase = 'aftercare';
      },
      [{ path: ['sessions', 7, 'phase'], messageKey: 'programme:template.invalid.phaseUndeclared' }],
    ],
    [
      'aftercare check-ins without an aftercare phase',
      (t) => {
        t.phases = t.phases.filter((phase) => phase.id !== 'aftercare');
      },
      [{ path: ['aftercare'], messageKey: 'programme:template.invalid.phaseUndeclared' }],
    ],
    [
      'phases out of the calm → skills → connect order',
      (t) => {
        at(t.phases, 0).id = 'skills';
        at(t.phases, 1).id = 'calm';
      },
      [{ path: ['phases', 1, 'id'], messageKey: 'programme:template.invalid.phaseOrder' }],
    ],
    [
      'a phase order number that does not match its place',
      (t) => {
        at(t.phases, 1).order = 3;
      },
      [{ path: ['phases', 1, 'order'], messageKey: 'programme:template.invalid.phaseOrder' }],
    ],
    [
      'a session that goes back to an earlier phase',
      (t) => {
        session(t, 4).phase = 'calm';
      },
      [{ path: ['sessions', 4, 'phase'], messageKey: 'programme:template.invalid.sessionPhaseOrder' }],
    ],
    [
      'an exercise id used twice in the template',
      (t) => {
        at(session(t, 3).exercises, 1).id = at(session(t, 0).exercises, 0).id;
      },
      [{ path: ['sessions', 3, 'exercises', 1, 'id'], messageKey: 'programme:template.invalid.exerciseDuplicate' }],
    ],
    [
      'an exercise id used twice in one session',
      (t) => {
        at(session(t, 0).exercises, 2).id = at(session(t, 0).exercises, 1).id;
      },
      [{ path: ['sessions', 0, 'exercises', 2, 'id'], messageKey: 'programme:template.invalid.exerciseDuplicate' }],
    ],
    [
      'a handout reference shared by two sessions',
      (t) => {
        session(t, 4).handout = session(t, 3).handout;
      },
      [{ path: ['sessions', 4, 'handout'], messageKey: 'programme:template.invalid.handoutDuplicate' }],
    ],
    [
      'a title over its limit',
      (t) => {
        session(t, 0).title.nl = 'x'.repeat(textLimits.title + 1);
      },
      [{ path: ['sessions', 0, 'title', 'nl'], messageKey: 'programme:template.invalid.textTooLong' }],
    ],
    [
      'a question over its limit',
      (t) => {
        at(session(t, 5).questions, 2).en = 'x'.repeat(textLimits.question + 1);
      },
      [{ path: ['sessions', 5, 'questions', 2, 'en'], messageKey: 'programme:template.invalid.textTooLong' }],
    ],
    [
      'exercise instructions over their limit',
      (t) => {
        at(session(t, 1).exercises, 0).instructions.nl = 'x'.repeat(textLimits.long + 1);
      },
      [{ path: ['sessions', 1, 'exercises', 0, 'instructions', 'nl'], messageKey: 'programme:template.invalid.textTooLong' }],
    ],
    [
      'a text of only spaces',
      (t) => {
        session(t, 0).aim.en = '   ';
      },
      [{ path: ['sessions', 0, 'aim', 'en'], messageKey: 'programme:template.invalid.textRequired' }],
    ],
    [
      'a text without its English',
      (t) => {
        delete loose(t.description).en;
      },
      [{ path: ['description', 'en'], messageKey: 'programme:template.invalid.textRequired' }],
    ],
    [
      'a session with only two questions',
      (t) => {
        session(t, 0).questions = session(t, 0).questions.slice(0, 2);
      },
      [{ path: ['sessions', 0, 'questions'], messageKey: 'programme:template.invalid.questionsTooFew' }],
    ],
    [
      'a session without exercises',
      (t) => {
        session(t, 6).exercises = [];
      },
      [{ path: ['sessions', 6, 'exercises'], messageKey: 'programme:template.invalid.tooFew' }],
    ],
    [
      'an id that is not kebab-case',
      (t) => {
        t.id = 'Mijn Programma';
      },
      [{ path: ['id'], messageKey: 'programme:template.invalid.code' }],
    ],
    [
      'a handout reference that is not a code',
      (t) => {
        session(t, 0).handout = 'Hand-out 1';
      },
      [{ path: ['sessions', 0, 'handout'], messageKey: 'programme:template.invalid.code' }],
    ],
    [
      'an exercise of zero minutes',
      (t) => {
        at(session(t, 0).exercises, 0).durationMinutes = 0;
      },
      [{ path: ['sessions', 0, 'exercises', 0, 'durationMinutes'], messageKey: 'programme:template.invalid.number' }],
    ],
    [
      'a version below 1',
      (t) => {
        t.version = 0;
      },
      [{ path: ['version'], messageKey: 'programme:template.invalid.version' }],
    ],
    [
      'an origin that is not builtin or organisation',
      (t) => {
        loose(t).origin = 'licensed';
      },
      [{ path: ['origin'], messageKey: 'programme:template.invalid.choice' }],
    ],
    [
      'a mode that does not exist',
      (t) => {
        loose(t).mode = 'online';
      },
      [{ path: ['mode'], messageKey: 'programme:template.invalid.choice' }],
    ],
    [
      'aftercare check-ins out of order',
      (t) => {
        at(t.aftercare, 1).weeksAfterEnd = 2;
      },
      [{ path: ['aftercare', 1, 'weeksAfterEnd'], messageKey: 'programme:template.invalid.aftercareOrder' }],
    ],
    [
      'sessions that are not a list',
      (t) => {
        loose(t).sessions = 'eight';
      },
      [{ path: ['sessions'], messageKey: 'programme:template.invalid.value' }],
    ],
  ])('refuses %s, with the message key at the path', (_name, change, expected) => {
    expect(issuesAfter(change)).toEqual(expected);
  });

  it('refuses a phase declared twice', () => {
    expect(issuesAfter((t) => (at(t.phases, 1).id = 'calm'))).toContainEqual({
      path: ['phases', 1, 'id'],
      messageKey: 'programme:template.invalid.phaseDuplicate',
    });
  });

  it('accepts a text exactly at its limit and trims spaces around texts', () => {
    const template = copyOfDefault();
    session(template, 0).title.nl = 'x'.repeat(textLimits.title);
    session(template, 0).aim.en = '  Calm first.  ';
    const parsed = programmeTemplateSchema.parse(template);
    expect(session(parsed, 0).aim.en).toBe('Calm first.');
  });

  it('accepts a shorter template that uses only some phases, with weeks two apart', () => {
    const template = copyOfDefault();
    template.phases = [
      { ...at(template.phases, 1), order: 1 },
      { ...at(template.phases, 2), order: 2 },
    ];
    delete template.aftercare;
    template.sessions = template.sessions.slice(3).map((s, index) => ({ ...s, number: index + 1, week: index * 2 + 1 }));
    expect(programmeTemplateSchema.safeParse(template).success).toBe(true);
  });

  it('strips unknown keys at every level instead of keeping them', () => {
    const template = copyOfDefault();
    Object.assign(template, { note: 'extra' });
    Object.assign(session(template, 0), { secret: 1 });
    Object.assign(at(session(template, 0).exercises, 0), { script: 'x' });
    Object.assign(session(template, 0).title, { de: 'Kennenlernen' });
    const parsed = programmeTemplateSchema.parse(template);
    expect(parsed).not.toHaveProperty('note');
    expect(session(parsed, 0)).not.toHaveProperty('secret');
    expect(at(session(parsed, 0).exercises, 0)).not.toHaveProperty('script');
    expect(session(parsed, 0).title).not.toHaveProperty('de');
    expect(parsed).toEqual(defaultTemplate);
  });

  it('uses only message keys that are listed for the locale files', () => {
    const keys = new Set(programmeMessageKeys);
    const seen = [
      ...issuesAfter((t) => (loose(t).name = 42)),
      ...issuesAfter((t) => (loose(session(t, 0)).week = 'one')),
      ...issuesAfter((t) => (at(t.phases, 0).id = 'calm')),
    ];
    expect(seen.length).toBeGreaterThan(0);
    for (const issue of seen) expect(keys).toContain(issue.messageKey);
    expect(programmeMessageKeys.every((key) => key.startsWith('programme:'))).toBe(true);
    expect(new Set(programmeMessageKeys).size).toBe(programmeMessageKeys.length);
  });
});

describe('toTemplateIssues', () => {
  it('keeps our keys and replaces any other message with the generic key', () => {
    expect(
      toTemplateIssues([
        { path: ['id'], message: 'programme:template.invalid.code' },
        { path: ['sessions', 0], message: 'Invalid input: expected object' },
      ]),
    ).toEqual([
      { path: ['id'], messageKey: 'programme:template.invalid.code' },
      { path: ['sessions', 0], messageKey: 'programme:template.invalid.value' },
    ]);
  });
});
