import type {
  AgeGroup,
  Client,
  ClientFieldsInput,
  ClientFlag,
  ClientProfileInput,
  ClientStatus,
  FieldIssue,
  HouseholdType,
  ReferralSource,
} from '../../main/api/api-types';

/** Free-text fields, in the order they appear in the form. */
export const textFields = [
  'givenName',
  'familyName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'language',
  'phone',
  'email',
  'address',
  'livingSituation',
  'referredOn',
  'gpName',
  'gpPractice',
  'gpPhone',
  'emergencyName',
  'emergencyRelation',
  'emergencyPhone',
  'flagNote',
  'assignedWorker',
  'startDate',
  'endDate',
  'whatMatters',
] as const;
export type TextField = (typeof textFields)[number];

/**
 * Every field in the order the worker meets it (the first invalid one gets focus after a refused
 * save). `status` is only on the form for a new client.
 */
export const formFields = [
  'givenName',
  'familyName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'ageGroup',
  'language',
  'phone',
  'email',
  'address',
  'household',
  'livingSituation',
  'referredBy',
  'referredOn',
  'gpName',
  'gpPractice',
  'gpPhone',
  'emergencyName',
  'emergencyRelation',
  'emergencyPhone',
  'flags',
  'flagNote',
  'status',
  'assignedWorker',
  'startDate',
  'endDate',
  'whatMatters',
] as const;
export type FormField = (typeof formFields)[number];

export type FormValues = Record<TextField, string> & {
  ageGroup: AgeGroup | '';
  household: HouseholdType | '';
  referredBy: ReferralSource | '';
  flags: ClientFlag[];
  status: ClientStatus;
};

/** Translation keys per field; only fields with a problem are present. */
export type FieldErrors = Partial<Record<FormField, string>>;

export function emptyValues(): FormValues {
  const text = Object.fromEntries(textFields.map((field) => [field, ''])) as Record<TextField, string>;
  return { ...text, ageGroup: '', household: '', referredBy: '', flags: [], status: 'registered' };
}

export function valuesFromClient(client: Client): FormValues {
  const values = emptyValues();
  for (const field of textFields) values[field] = client[field] ?? '';
  return {
    ...values,
    ageGroup: client.ageGroup ?? '',
    household: client.household ?? '',
    referredBy: client.referredBy ?? '',
    flags: [...client.flags],
    status: client.status,
  };
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  const sameFlags = a.flags.length === b.flags.length && a.flags.every((flag) => b.flags.includes(flag));
  return sameFlags && formFields.every((field) => field === 'flags' || a[field] === b[field]);
}

/**
 * The profile as sent when saving an existing client: text trimmed, empty optional fields left out
 * (leaving a field out clears it). The status is not part of it: it changes through its own call.
 */
export function toProfileInput(values: FormValues): ClientProfileInput {
  const input: ClientProfileInput = { givenName: values.givenName.trim(), familyName: values.familyName.trim() };
  for (const field of textFields) {
    if (field === 'givenName' || field === 'familyName') continue;
    const value = values[field].trim();
    if (value !== '') input[field] = value;
  }
  if (values.ageGroup !== '') input.ageGroup = values.ageGroup;
  if (values.household !== '') input.household = values.household;
  if (values.referredBy !== '') input.referredBy = values.referredBy;
  if (values.flags.length > 0) input.flags = [...values.flags];
  return input;
}

/** What is sent for a new client: the profile plus the status the client starts in. */
export function toFieldsInput(values: FormValues): ClientFieldsInput {
  return { ...toProfileInput(values), status: values.status };
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
 * (`['fields', 'email']` for an update, `['flags', 0]`); issues that name no field stay general.
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
