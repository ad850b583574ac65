import type { Client, ClientFieldsInput, ClientStatus, FieldIssue } from '../../main/api/api-types';

/** The form's fields, in the order they appear (the first invalid one gets focus). */
export const formFields = ['givenName', 'familyName', 'dateOfBirth', 'phone', 'email', 'address', 'status'] as const;
export type FormField = (typeof formFields)[number];

export type TextField = Exclude<FormField, 'status'>;
export type FormValues = Record<TextField, string> & { status: ClientStatus };

/** Translation keys per field; only fields with a problem are present. */
export type FieldErrors = Partial<Record<FormField, string>>;

export function emptyValues(): FormValues {
  return { givenName: '', familyName: '', dateOfBirth: '', phone: '', email: '', address: '', status: 'registered' };
}

export function valuesFromClient(client: Client): FormValues {
  return {
    givenName: client.givenName,
    familyName: client.familyName,
    dateOfBirth: client.dateOfBirth ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    address: client.address ?? '',
    status: client.status,
  };
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  return formFields.every((field) => a[field] === b[field]);
}

/** What is sent: names trimmed, empty optional fields left out rather than sent as "". */
export function toFieldsInput(values: FormValues): ClientFieldsInput {
  const input: ClientFieldsInput = {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    status: values.status,
  };
  const dateOfBirth = values.dateOfBirth.trim();
  const phone = values.phone.trim();
  const email = values.email.trim();
  const address = values.address.trim();
  if (dateOfBirth !== '') input.dateOfBirth = dateOfBirth;
  if (phone !== '') input.phone = phone;
  if (email !== '') input.email = email;
  if (address !== '') input.address = address;
  return input;
}

/** The checks worth doing before sending; the main process checks everything again. */
export function validateLocally(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.givenName.trim() === '') errors.givenName = 'clients:validation.givenNameRequired';
  if (values.familyName.trim() === '') errors.familyName = 'clients:validation.familyNameRequired';
  return errors;
}

function isFormField(part: string | number): part is FormField {
  return typeof part === 'string' && (formFields as readonly string[]).includes(part);
}

/**
 * Issues from the main process, placed on the field they name. Paths may be nested
 * (`['fields', 'email']` for an update); issues that name no field stay general.
 */
export function errorsFromIssues(issues: readonly FieldIssue[]): { fieldErrors: FieldErrors; general: string[] } {
  const fieldErrors: FieldErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = issue.path.find(isFormField);
    if (field === undefined) general.push(issue.messageKey);
    else fieldErrors[field] ??= issue.messageKey;
  }
  return { fieldErrors, general };
}

export function firstInvalidField(errors: FieldErrors): FormField | undefined {
  return formFields.find((field) => errors[field] !== undefined);
}
