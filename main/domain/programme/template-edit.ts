import {
  codePattern,
  programmeTemplateSchema,
  toTemplateIssues,
  type PhaseId,
  type ProgrammeTemplate,
  type Session,
  type TemplateIssue,
  type Text,
} from './programme-template';

/**
 * Pure helpers behind the template editor. Each returns a new template and never changes its
 * input; each result is checked against the full schema, so an edit either gives a valid template
 * or is refused with the issues an editor shows. Saving (and raising `version`) is the caller's job.
 *
 * Weeks follow simple rules, so the schedule never gets holes or collisions:
 * - moving a session swaps it with its neighbour; the weeks stay with the positions (slot 4 keeps
 *   week 4) and the sessions are renumbered 1..n;
 * - adding a session puts it one week after the session before it (week 1 at the start); later
 *   sessions move on just as far as needed to stay after it;
 * - removing a session pulls the later ones back by the gap it leaves (its week minus the week
 *   before it), so a weekly programme stays weekly and a fortnightly one fortnightly.
 */

export const templateEditErrors = {
  sessionNotFound: 'programme:edit.sessionNotFound',
  cannotMove: 'programme:edit.cannotMove',
  notAText: 'programme:edit.notAText',
  sameId: 'programme:edit.sameId',
} as const;

export type EditResult = { ok: true; template: ProgrammeTemplate } | { ok: false; issues: TemplateIssue[] };

const refuse = (messageKey: string, path: (string | number)[] = []): EditResult => ({ ok: false, issues: [{ path, messageKey }] });

/** Validates an edited candidate; parsing also gives a fresh copy that shares nothing with the input. */
function finish(candidate: unknown): EditResult {
  const parsed = programmeTemplateSchema.safeParse(candidate);
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, issues: toTemplateIssues(parsed.error.issues) };
}

const renumber = (sessions: readonly Session[]): Session[] => sessions.map((session, index) => ({ ...session, number: index + 1 }));

const indexOfSession = (template: ProgrammeTemplate, sessionNumber: number): number =>
  template.sessions.findIndex((session) => session.number === sessionNumber);

/**
 * An organisation's own copy: new id, new names, origin 'organisation', version 1, and a note of
 * which template (and version) it came from. The description stays unless a new one is given.
 */
export function duplicateTemplate(
  template: ProgrammeTemplate,
  newId: string,
  names: { name: Text; description?: Text },
): EditResult {
  if (newId === template.id) return refuse(templateEditErrors.sameId, ['id']);
  return finish({
    ...template,
    id: newId,
    version: 1,
    origin: 'organisation',
    basedOn: { id: template.id, version: template.version },
    name: names.name,
    description: names.description ?? template.description,
  });
}

/** Moves a session one place earlier ('up') or later ('down'); see the week rules above. */
export function moveSession(template: ProgrammeTemplate, sessionNumber: number, direction: 'up' | 'down'): EditResult {
  const index = indexOfSession(template, sessionNumber);
  if (index < 0) return refuse(templateEditErrors.sessionNotFound, ['sessions']);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= template.sessions.length) return refuse(templateEditErrors.cannotMove, ['sessions', index]);
  const weeks = template.sessions.map((session) => session.week);
  const order = template.sessions.slice();
  [order[index], order[target]] = [order[target] as Session, order[index] as Session];
  const sessions = renumber(order).map((session, position) => ({ ...session, week: weeks[position] as number }));
  // A session that would land among another phase's sessions is refused by the schema
  // (template.invalid.sessionPhaseOrder): change its phase first with setSessionPhase.
  return finish({ ...template, sessions });
}

/** The content of a new session; number and week are given by its place. */
export type NewSession = Omit<Session, 'number' | 'week'>;

/** Inserts a session after the given session number (0 = at the start); see the week rules above. */
export function addSession(template: ProgrammeTemplate, afterNumber: number, session: NewSession): EditResult {
  const index = afterNumber === 0 ? 0 : indexOfSession(template, afterNumber) + 1;
  if (index === 0 && afterNumber !== 0) return refuse(templateEditErrors.sessionNotFound, ['sessions']);
  const before = template.sessions[index - 1];
  const inserted: Session = { ...session, number: 0, week: before ? before.week + 1 : 1 };
  const sessions = [...template.sessions.slice(0, index), inserted, ...template.sessions.slice(index)];
  for (let position = index + 1; position < sessions.length; position++) {
    const previous = sessions[position - 1] as Session;
    const current = sessions[position] as Session;
    if (current.week <= previous.week) sessions[position] = { ...current, week: previous.week + 1 };
  }
  return finish({ ...template, sessions: renumber(sessions) });
}

/** Removes a session; later sessions close the gap (see above). The last session cannot go. */
export function removeSession(template: ProgrammeTemplate, sessionNumber: number): EditResult {
  const index = indexOfSession(template, sessionNumber);
  if (index < 0) return refuse(templateEditErrors.sessionNotFound, ['sessions']);
  const removed = template.sessions[index] as Session;
  const gap = removed.week - (template.sessions[index - 1]?.week ?? 0);
  const sessions = template.sessions
    .filter((_, position) => position !== index)
    .map((session, position) => (position >= index ? { ...session, week: session.week - gap } : session));
  return finish({ ...template, sessions: renumber(sessions) });
}

/** Puts a session in another phase; refused when that would break the phase order. */
export function setSessionPhase(template: ProgrammeTemplate, sessionNumber: number, phase: PhaseId): EditResult {
  const index = indexOfSession(template, sessionNumber);
  if (index < 0) return refuse(templateEditErrors.sessionNotFound, ['sessions']);
  return finish({
    ...template,
    sessions: template.sessions.map((session, position) => (position === index ? { ...session, phase } : session)),
  });
}

const isText = (value: unknown): value is Text =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  typeof (value as Text).nl === 'string' &&
  typeof (value as Text).en === 'string';

/**
 * Replaces one language of one text, found by its path in the template (the same paths the schema
 * reports issues at), e.g. `['sessions', 2, 'questions', 0]` or `['sessions', 0, 'exercises', 1,
 * 'instructions']`. Any text works: names, aims, questions, instructions, homework, check-ins.
 */
export function replaceText(
  template: ProgrammeTemplate,
  path: readonly (string | number)[],
  language: keyof Text,
  value: string,
): EditResult {
  const replaced = replaceAt(template, path, language, value);
  return replaced === undefined ? refuse(templateEditErrors.notAText, [...path]) : finish(replaced);
}

/** A copy of `node` with the text at `path` changed, or undefined when the path does not end at a text. */
function replaceAt(node: unknown, path: readonly (string | number)[], language: keyof Text, value: string): unknown {
  if (path.length === 0) return isText(node) ? { ...node, [language]: value } : undefined;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(node)) {
    if (typeof head !== 'number' || !Number.isInteger(head) || head < 0 || head >= node.length) return undefined;
    const child = replaceAt(node[head], rest, language, value);
    return child === undefined ? undefined : node.map((item, index) => (index === head ? child : item));
  }
  if (typeof node !== 'object' || node === null || typeof head !== 'string' || !Object.hasOwn(node, head)) return undefined;
  const child = replaceAt((node as Record<string, unknown>)[head], rest, language, value);
  return child === undefined ? undefined : { ...node, [head]: child };
}

/** Whether a string can be a template, exercise or handout code; for the editor's id field. */
export const isValidCode = (value: string): boolean => value.length <= 64 && codePattern.test(value);

/**
 * Adds a new session right after `sessionNumber`, starting as a copy of it for the worker to
 * rewrite: the quickest way to give a phase one more week. Exercise ids and the handout reference
 * get a suffix, because they must stay unique in the template.
 */
export function addSessionAfter(template: ProgrammeTemplate, sessionNumber: number, suffix: string): EditResult {
  const index = indexOfSession(template, sessionNumber);
  const source = template.sessions[index];
  if (!source) return refuse(templateEditErrors.sessionNotFound, ['sessions']);
  const { number: _number, week: _week, ...content } = source;
  return addSession(template, sessionNumber, {
    ...content,
    exercises: content.exercises.map((exercise) => ({ ...exercise, id: `${exercise.id}-${suffix}`.slice(0, 60) })),
    handout: `${content.handout}-${suffix}`.slice(0, 60),
  });
}
