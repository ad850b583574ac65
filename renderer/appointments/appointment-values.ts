import type { Appointment, AppointmentFieldsInput, ContactType, FieldIssue } from '../../main/api/api-types';
import { isoToLocalInputValue, localInputToIso } from '../components/local-date-time';

export interface AppointmentValues {
  /** A datetime-local value; empty until the worker picks a moment. */
  start: string;
  duration: string;
  type: ContactType;
  location: string;
  note: string;
}

export const appointmentFields = ['start', 'durationMinutes', 'type', 'location', 'note'] as const;
export type AppointmentField = (typeof appointmentFields)[number];
export type AppointmentErrors = Partial<Record<AppointmentField, string>>;

export const defaultDurationMinutes = 60;

export function newAppointmentValues(type: ContactType): AppointmentValues {
  return { start: '', duration: String(defaultDurationMinutes), type, location: '', note: '' };
}

export function valuesFromAppointment(appointment: Appointment): AppointmentValues {
  return {
    start: isoToLocalInputValue(appointment.start),
    duration: String(appointment.durationMinutes),
    type: appointment.type,
    location: appointment.location ?? '',
    note: appointment.note ?? '',
  };
}

export type AppointmentInputResult = { ok: true; fields: AppointmentFieldsInput } | { ok: false; errors: AppointmentErrors };

/** The fields as the API takes them: the moment with the local offset, empty optional text left out. */
export function toAppointmentInput(values: AppointmentValues): AppointmentInputResult {
  const errors: AppointmentErrors = {};
  const start = values.start.trim() === '' ? undefined : localInputToIso(values.start);
  if (values.start.trim() === '') errors.start = 'appointments:validation.dateTimeRequired';
  else if (start === undefined) errors.start = 'appointments:validation.dateTimeInvalid';
  const duration = values.duration.trim();
  if (!/^\d{1,4}$/.test(duration)) errors.durationMinutes = 'appointments:validation.durationInvalid';
  if (start === undefined || errors.durationMinutes !== undefined) return { ok: false, errors };
  const fields: AppointmentFieldsInput = { start, durationMinutes: Number(duration), type: values.type };
  if (values.location.trim() !== '') fields.location = values.location.trim();
  if (values.note.trim() !== '') fields.note = values.note;
  return { ok: true, fields };
}

function isAppointmentField(part: string | number | undefined): part is AppointmentField {
  return typeof part === 'string' && (appointmentFields as readonly string[]).includes(part);
}

export function errorsFromAppointmentIssues(issues: readonly FieldIssue[]): AppointmentErrors {
  const errors: AppointmentErrors = {};
  for (const issue of issues) {
    const field = issue.path.find(isAppointmentField);
    if (field !== undefined) errors[field] ??= issue.messageKey;
  }
  return errors;
}

/** Still to come (or going on now), as the overview counts it. */
export function isUpcoming(appointment: Appointment, now: number = Date.now()): boolean {
  return Date.parse(appointment.start) + appointment.durationMinutes * 60_000 >= now;
}
