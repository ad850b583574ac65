import type { AgreementOwner, Contact, ContactFieldsInput, ContactType, FieldIssue } from '../../main/api/api-types';
import { isoToLocalInputValue, localInputToIso, toLocalInputValue } from '../components/local-date-time';

/** One agreement row as typed; `key` identifies the row on screen, `id` the stored agreement. */
export interface AgreementDraft {
  key: string;
  id?: string;
  text: string;
  owner: AgreementOwner;
  due: string;
}

export interface ContactValues {
  /** A datetime-local value (local wall-clock time). */
  at: string;
  type: ContactType;
  /** Minutes as typed; empty when not filled in. */
  duration: string;
  present: string;
  /** Kept exactly as typed: line breaks, indentation and trailing spaces are the worker's. */
  summary: string;
  agreements: AgreementDraft[];
}

/**
 * Where a problem is shown: a contact field, or one part of an agreement row
 * (`agreement:<key>:text`). Values are translation keys.
 */
export type ContactErrors = Record<string, string>;

export const agreementErrorKey = (key: string, part: 'text' | 'owner' | 'due') => `agreement:${key}:${part}`;

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyAgreement(): AgreementDraft {
  return { key: newRowKey(), text: '', owner: 'worker', due: '' };
}

export function newContactValues(type: ContactType, now: Date = new Date()): ContactValues {
  return { at: toLocalInputValue(now), type, duration: '', present: '', summary: '', agreements: [] };
}

export function valuesFromContact(contact: Contact): ContactValues {
  return {
    at: isoToLocalInputValue(contact.at),
    type: contact.type,
    duration: contact.durationMinutes === undefined ? '' : String(contact.durationMinutes),
    present: contact.present ?? '',
    summary: contact.summary,
    agreements: contact.agreements.map((agreement) => ({
      key: newRowKey(),
      id: agreement.id,
      text: agreement.text,
      owner: agreement.owner,
      due: agreement.due ?? '',
    })),
  };
}

/** A row the worker added but left empty is not an agreement: it is dropped, not refused. */
function isBlank(draft: AgreementDraft): boolean {
  return draft.text.trim() === '' && draft.due === '';
}

export type ContactInputResult =
  | { ok: true; fields: ContactFieldsInput; sentRows: string[] }
  | { ok: false; errors: ContactErrors };

/**
 * The fields as the API takes them: the time with the local offset, the duration as a whole
 * number, empty optional fields left out, blank agreement rows dropped. `sentRows` maps each sent
 * agreement back to its row, so a problem the main process finds lands on the right row.
 */
export function toContactInput(values: ContactValues): ContactInputResult {
  const errors: ContactErrors = {};
  const at = localInputToIso(values.at);
  if (at === undefined) errors.at = 'contacts:validation.dateTimeInvalid';
  const duration = values.duration.trim();
  if (duration !== '' && !/^\d{1,4}$/.test(duration)) errors.durationMinutes = 'contacts:validation.durationInvalid';
  if (at === undefined || Object.keys(errors).length > 0) return { ok: false, errors };

  const rows = values.agreements.filter((draft) => !isBlank(draft));
  const fields: ContactFieldsInput = {
    at,
    type: values.type,
    summary: values.summary,
    agreements: rows.map((draft) => {
      const agreement: NonNullable<ContactFieldsInput['agreements']>[number] = { text: draft.text.trim(), owner: draft.owner };
      if (draft.id !== undefined) agreement.id = draft.id;
      if (draft.due !== '') agreement.due = draft.due;
      return agreement;
    }),
  };
  if (duration !== '') fields.durationMinutes = Number(duration);
  if (values.present.trim() !== '') fields.present = values.present.trim();
  return { ok: true, fields, sentRows: rows.map((draft) => draft.key) };
}

const contactFieldNames = new Set(['at', 'type', 'durationMinutes', 'present', 'summary']);

/** Field issues from the main process (`['fields', 'agreements', 0, 'text']`) as ContactErrors. */
export function errorsFromContactIssues(issues: readonly FieldIssue[], sentRows: readonly string[]): { errors: ContactErrors; general: string[] } {
  const errors: ContactErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const path = issue.path[0] === 'fields' ? issue.path.slice(1) : issue.path;
    const [first, index, part] = path;
    let key: string | undefined;
    if (first === 'agreements' && typeof index === 'number') {
      const row = sentRows[index];
      const rowPart = part === 'owner' || part === 'due' ? part : 'text';
      if (row !== undefined) key = agreementErrorKey(row, rowPart);
    } else if (typeof first === 'string' && contactFieldNames.has(first)) {
      key = first;
    }
    if (key === undefined) general.push(issue.messageKey);
    else errors[key] ??= issue.messageKey;
  }
  return { errors, general };
}
