import type { Language, ProgrammeTemplate, SessionRecord, SessionRecordFieldsInput } from '../../main/api/api-types';

export type Attendance = NonNullable<SessionRecord['attendance']>;
export const attendanceChoices: readonly Attendance[] = ['attended', 'cancelled', 'no_show'];

/**
 * What the worker has filled in for one session, as they type. It is sent whole on each save (the
 * main process replaces the record), so a value taken away (a cleared stress score) is gone.
 */
export interface SessionDraft {
  attendance?: Attendance | undefined;
  stressBefore?: number | undefined;
  stressAfter?: number | undefined;
  doneExercises: string[];
  notes: string;
  homework: string;
  contactStepPlanned?: boolean | undefined;
}

export function draftFromRecord(record: SessionRecord): SessionDraft {
  return {
    attendance: record.attendance,
    stressBefore: record.stressBefore,
    stressAfter: record.stressAfter,
    doneExercises: [...record.doneExercises],
    notes: record.notes,
    homework: record.homework,
    contactStepPlanned: record.contactStepPlanned,
  };
}

/** The draft as the call's `fields`: empty values left out, the text exactly as typed. */
export function fieldsFromDraft(draft: SessionDraft): SessionRecordFieldsInput {
  const fields: SessionRecordFieldsInput = { doneExercises: draft.doneExercises, notes: draft.notes, homework: draft.homework };
  if (draft.attendance !== undefined) fields.attendance = draft.attendance;
  if (draft.stressBefore !== undefined) fields.stressBefore = draft.stressBefore;
  if (draft.stressAfter !== undefined) fields.stressAfter = draft.stressAfter;
  if (draft.contactStepPlanned !== undefined) fields.contactStepPlanned = draft.contactStepPlanned;
  return fields;
}

export function withExercise(done: readonly string[], exerciseId: string, checked: boolean): string[] {
  const without = done.filter((id) => id !== exerciseId);
  return checked ? [...without, exerciseId] : without;
}

export type TemplateSession = ProgrammeTemplate['sessions'][number];
export type PhaseId = TemplateSession['phase'];

export function phaseName(template: ProgrammeTemplate, phase: PhaseId, language: Language): string {
  return template.phases.find((candidate) => candidate.id === phase)?.name[language] ?? phase;
}
