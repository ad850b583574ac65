import { z } from 'zod';

/**
 * A programme template as data: the phases of the approach (calm the stressed social brain first,
 * then relationship skills, then connect and keep, then aftercare) and the weekly sessions a worker
 * holds with a client or a group. Verbind ships its own default; organisations duplicate, edit,
 * export and import templates as files.
 *
 * Every message is a translation key in the namespace `programme`, so an editor or an import dialog
 * can show the refusal in the worker's language next to the field the issue's path points at.
 * Unknown keys are stripped (plain `z.object`), never passed through: a shared file cannot smuggle
 * extra data into the store.
 */

/** The phases in the order the approach requires them; a template may use a subset, never reorder. */
export const phaseIds = ['calm', 'skills', 'connect', 'aftercare'] as const;
export type PhaseId = (typeof phaseIds)[number];

export const templateOrigins = ['builtin', 'organisation'] as const;
export type TemplateOrigin = (typeof templateOrigins)[number];

export const programmeModes = ['individual', 'group', 'both'] as const;
export type ProgrammeMode = (typeof programmeModes)[number];

/** Maximum lengths per kind of text, in characters, checked for each language separately. */
export const textLimits = {
  /** Names and titles: template, phase, session, exercise. */
  title: 120,
  /** One conversation question. */
  question: 400,
  /** Aim, purpose, focus, homework, worker explanation, group note. */
  paragraph: 1200,
  /** Template description and exercise instructions. */
  long: 3000,
} as const;

export const listLimits = {
  phases: phaseIds.length,
  sessions: 52,
  minQuestions: 3,
  questions: 12,
  exercises: 8,
  aftercare: 12,
  lastWeek: 52,
  aftercareLastWeek: 104,
  maxDurationMinutes: 240,
} as const;

/** The message keys this module uses; `programme-messages.ts` lists every key of the namespace. */
export const templateInvalid = {
  value: 'programme:template.invalid.value',
  code: 'programme:template.invalid.code',
  version: 'programme:template.invalid.version',
  choice: 'programme:template.invalid.choice',
  textRequired: 'programme:template.invalid.textRequired',
  textTooLong: 'programme:template.invalid.textTooLong',
  number: 'programme:template.invalid.number',
  tooFew: 'programme:template.invalid.tooFew',
  tooMany: 'programme:template.invalid.tooMany',
  questionsTooFew: 'programme:template.invalid.questionsTooFew',
  phaseDuplicate: 'programme:template.invalid.phaseDuplicate',
  phaseOrder: 'programme:template.invalid.phaseOrder',
  phaseUndeclared: 'programme:template.invalid.phaseUndeclared',
  sessionOrder: 'programme:template.invalid.sessionOrder',
  sessionDuplicate: 'programme:template.invalid.sessionDuplicate',
  weekOrder: 'programme:template.invalid.weekOrder',
  weekDuplicate: 'programme:template.invalid.weekDuplicate',
  sessionPhaseOrder: 'programme:template.invalid.sessionPhaseOrder',
  exerciseDuplicate: 'programme:template.invalid.exerciseDuplicate',
  handoutDuplicate: 'programme:template.invalid.handoutDuplicate',
  aftercareOrder: 'programme:template.invalid.aftercareOrder',
} as const;

const k = templateInvalid;

/** One language's text: trimmed, not empty, at most `max` characters. */
const languageText = (max: number) =>
  z.string({ error: k.textRequired }).trim().min(1, { error: k.textRequired }).max(max, { error: k.textTooLong });

/** Every text in a template exists in Dutch and English. */
export const textSchema = (max: number) =>
  z.object({ nl: languageText(max), en: languageText(max) }, { error: k.textRequired });
export type Text = { nl: string; en: string };

/** A stable code: lowercase letters and digits in groups joined by single hyphens. */
export const codePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const codeSchema = z.string({ error: k.code }).max(64, { error: k.code }).regex(codePattern, { error: k.code });

const wholeNumber = (min: number, max: number) =>
  z.number({ error: k.number }).int({ error: k.number }).min(min, { error: k.number }).max(max, { error: k.number });

const list = <T extends z.ZodType>(item: T, min: number, max: number, minKey: string = k.tooFew) =>
  z.array(item, { error: k.value }).min(min, { error: minKey }).max(max, { error: k.tooMany });

export const phaseIdSchema = z.enum(phaseIds, { error: k.choice });

export const phaseSchema = z.object(
  {
    id: phaseIdSchema,
    /** 1 for the first phase of this template, 2 for the next, … (matches the list order). */
    order: wholeNumber(1, listLimits.phases),
    name: textSchema(textLimits.title),
    purpose: textSchema(textLimits.paragraph),
  },
  { error: k.value },
);
export type Phase = z.output<typeof phaseSchema>;

export const exerciseSchema = z.object(
  {
    /** Unique in the whole template, so what was done in a session can point at it. */
    id: codeSchema,
    title: textSchema(textLimits.title),
    /** Spoken or handed to the client: plain language (B1), "je"-form in Dutch. */
    instructions: textSchema(textLimits.long),
    durationMinutes: wholeNumber(1, listLimits.maxDurationMinutes),
  },
  { error: k.value },
);
export type Exercise = z.output<typeof exerciseSchema>;

export const sessionSchema = z.object(
  {
    /** 1..n in list order. */
    number: wholeNumber(1, listLimits.sessions),
    /** Week of the programme the session is planned in, strictly increasing (gaps allowed). */
    week: wholeNumber(1, listLimits.lastWeek),
    phase: phaseIdSchema,
    title: textSchema(textLimits.title),
    aim: textSchema(textLimits.paragraph),
    /** For the worker: why this session matters, in a few sentences. */
    workerNote: textSchema(textLimits.paragraph),
    /** Questions that invite reflection and action, not only "how are you?". */
    questions: list(textSchema(textLimits.question), listLimits.minQuestions, listLimits.questions, k.questionsTooFew),
    exercises: list(exerciseSchema, 1, listLimits.exercises),
    homework: textSchema(textLimits.paragraph),
    /** Where running the session with a group differs from running it with one client. */
    groupNote: textSchema(textLimits.paragraph).optional(),
    /** The handout for this session, unique per session (the handout files live elsewhere). */
    handout: codeSchema,
  },
  { error: k.value },
);
export type Session = z.output<typeof sessionSchema>;

export const aftercareCheckInSchema = z.object(
  {
    /** Weeks after the last session, strictly increasing (for example 2, 6, 12). */
    weeksAfterEnd: wholeNumber(1, listLimits.aftercareLastWeek),
    focus: textSchema(textLimits.paragraph),
    questions: list(textSchema(textLimits.question), 1, listLimits.questions),
  },
  { error: k.value },
);
export type AftercareCheckIn = z.output<typeof aftercareCheckInSchema>;

const templateShape = z.object(
  {
    id: codeSchema,
    /** Raised by the editor on each saved change; a copy starts at 1. */
    version: z
      .number({ error: k.version })
      .int({ error: k.version })
      .min(1, { error: k.version })
      .max(1_000_000, { error: k.version }),
    origin: z.enum(templateOrigins, { error: k.choice }),
    /** The template an organisation copy was made from. */
    basedOn: z.object({ id: codeSchema, version: wholeNumber(1, 1_000_000) }, { error: k.value }).optional(),
    name: textSchema(textLimits.title),
    description: textSchema(textLimits.long),
    mode: z.enum(programmeModes, { error: k.choice }),
    phases: list(phaseSchema, 1, listLimits.phases),
    sessions: list(sessionSchema, 1, listLimits.sessions),
    aftercare: list(aftercareCheckInSchema, 0, listLimits.aftercare).optional(),
  },
  { error: k.value },
);

type TemplateShape = z.output<typeof templateShape>;
type Issue = { message: string; path: (string | number)[] };

const phaseRank = (phase: PhaseId): number => phaseIds.indexOf(phase);

/** Phases unique, in the approach's order, `order` matching the position. */
function phaseIssues(phases: readonly Phase[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<PhaseId>();
  phases.forEach((phase, index) => {
    const previous = phases[index - 1];
    if (seen.has(phase.id)) issues.push({ message: k.phaseDuplicate, path: ['phases', index, 'id'] });
    else if (previous && phaseRank(phase.id) < phaseRank(previous.id)) issues.push({ message: k.phaseOrder, path: ['phases', index, 'id'] });
    else if (phase.order !== index + 1) issues.push({ message: k.phaseOrder, path: ['phases', index, 'order'] });
    seen.add(phase.id);
  });
  return issues;
}

/** Sessions numbered 1..n, weeks strictly increasing, phases declared and never going back. */
function sessionIssues(sessions: readonly Session[], declared: ReadonlySet<PhaseId>): Issue[] {
  const issues: Issue[] = [];
  const numbers = new Set<number>();
  sessions.forEach((session, index) => {
    const at = (...rest: (string | number)[]) => ['sessions', index, ...rest];
    const previous = sessions[index - 1];
    if (numbers.has(session.number)) issues.push({ message: k.sessionDuplicate, path: at('number') });
    else if (session.number !== index + 1) issues.push({ message: k.sessionOrder, path: at('number') });
    numbers.add(session.number);
    if (previous && session.week === previous.week) issues.push({ message: k.weekDuplicate, path: at('week') });
    else if (previous && session.week < previous.week) issues.push({ message: k.weekOrder, path: at('week') });
    if (!declared.has(session.phase)) issues.push({ message: k.phaseUndeclared, path: at('phase') });
    else if (previous && phaseRank(session.phase) < phaseRank(previous.phase)) {
      issues.push({ message: k.sessionPhaseOrder, path: at('phase') });
    }
  });
  return issues;
}

/** Exercise ids unique in the template; each session's handout unique among the sessions. */
function referenceIssues(sessions: readonly Session[]): Issue[] {
  const issues: Issue[] = [];
  const exerciseIds = new Set<string>();
  const handouts = new Set<string>();
  sessions.forEach((session, index) => {
    session.exercises.forEach((exercise, exerciseIndex) => {
      if (exerciseIds.has(exercise.id)) {
        issues.push({ message: k.exerciseDuplicate, path: ['sessions', index, 'exercises', exerciseIndex, 'id'] });
      }
      exerciseIds.add(exercise.id);
    });
    if (handouts.has(session.handout)) issues.push({ message: k.handoutDuplicate, path: ['sessions', index, 'handout'] });
    handouts.add(session.handout);
  });
  return issues;
}

/** Check-ins strictly later one after another; they belong to a declared aftercare phase. */
function aftercareIssues(template: TemplateShape, declared: ReadonlySet<PhaseId>): Issue[] {
  const checkIns = template.aftercare ?? [];
  const issues: Issue[] = [];
  if (checkIns.length > 0 && !declared.has('aftercare')) issues.push({ message: k.phaseUndeclared, path: ['aftercare'] });
  checkIns.forEach((checkIn, index) => {
    const previous = checkIns[index - 1];
    if (previous && checkIn.weeksAfterEnd <= previous.weeksAfterEnd) {
      issues.push({ message: k.aftercareOrder, path: ['aftercare', index, 'weeksAfterEnd'] });
    }
  });
  return issues;
}

export const programmeTemplateSchema = templateShape.superRefine((template, ctx) => {
  const declared = new Set(template.phases.map((phase) => phase.id));
  for (const issue of [
    ...phaseIssues(template.phases),
    ...sessionIssues(template.sessions, declared),
    ...referenceIssues(template.sessions),
    ...aftercareIssues(template, declared),
  ]) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});

export type ProgrammeTemplate = z.output<typeof programmeTemplateSchema>;
export type ProgrammeTemplateInput = z.input<typeof programmeTemplateSchema>;

/** One refusal, in the shape an editor or import dialog shows: where, and which message. */
export interface TemplateIssue {
  path: (string | number)[];
  messageKey: string;
}

/** zod issues as template issues; a message that is not one of ours becomes the generic key. */
export function toTemplateIssues(issues: readonly { path: PropertyKey[]; message: string }[]): TemplateIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    messageKey: issue.message.startsWith('programme:') ? issue.message : k.value,
  }));
}

