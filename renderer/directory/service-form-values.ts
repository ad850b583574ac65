import type { FieldIssue, ServiceEntry, ServiceFieldsInput, ServiceFormat, ServiceKind, ServicePhase } from '../../main/api/api-types';

/** Free-text fields, in the order the form shows them. */
export const serviceTextFields = [
  'contactPerson',
  'phone',
  'email',
  'website',
  'address',
  'openingHours',
  'targetGroups',
  'notes',
] as const;
export type ServiceTextField = (typeof serviceTextFields)[number];

/** Every field in the order the worker meets it; the first invalid one gets focus after a refused save. */
export const serviceFormFields = ['name', 'kind', 'format', 'phases', ...serviceTextFields] as const;
export type ServiceFormField = (typeof serviceFormFields)[number];

export type ServiceValues = Record<'name' | ServiceTextField, string> & {
  kind: ServiceKind | '';
  format: ServiceFormat | '';
  phases: ServicePhase[];
};

/** Translation keys per field; only fields with a problem are present. */
export type ServiceErrors = Partial<Record<ServiceFormField, string>>;

export function emptyServiceValues(): ServiceValues {
  const text = Object.fromEntries(serviceTextFields.map((field) => [field, ''])) as Record<ServiceTextField, string>;
  return { ...text, name: '', kind: '', format: '', phases: [] };
}

export function valuesFromService(entry: ServiceEntry): ServiceValues {
  const values = emptyServiceValues();
  for (const field of serviceTextFields) values[field] = entry[field] ?? '';
  return { ...values, name: entry.name, kind: entry.kind, format: entry.format, phases: [...entry.phases] };
}

export type ServiceReady = { ok: true; fields: ServiceFieldsInput };
export type ServiceInputResult = ServiceReady | { ok: false; errors: ServiceErrors };

/**
 * The fields as the API takes them, text trimmed and empty optional fields left out. Only what
 * needs no rules is checked here (required choices); the main process checks the rest and its
 * problems land on the same fields.
 */
export function toServiceInput(values: ServiceValues): ServiceInputResult {
  const errors: ServiceErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'directory:validation.nameRequired';
  if (values.kind === '') errors.kind = 'directory:validation.kindRequired';
  if (values.format === '') errors.format = 'directory:validation.formatRequired';
  if (values.kind === '' || values.format === '' || Object.keys(errors).length > 0) return { ok: false, errors };

  const fields: ServiceFieldsInput = { name, kind: values.kind, format: values.format, phases: values.phases };
  for (const field of serviceTextFields) {
    const text = values[field].trim();
    if (text !== '') fields[field] = text;
  }
  return { ok: true, fields };
}

const fieldNames = new Set<string>(serviceFormFields);

function isServiceFormField(value: unknown): value is ServiceFormField {
  return typeof value === 'string' && fieldNames.has(value);
}

/** The main process's issues (`['fields', 'email']`) on the form's fields; others are left out. */
export function errorsFromServiceIssues(issues: readonly FieldIssue[]): ServiceErrors {
  const errors: ServiceErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'fields' ? issue.path.slice(1) : issue.path;
    const field = path[0];
    if (isServiceFormField(field)) errors[field] ??= issue.messageKey;
  }
  return errors;
}

export function firstInvalidServiceField(errors: ServiceErrors): ServiceFormField | undefined {
  return serviceFormFields.find((field) => errors[field] !== undefined);
}
