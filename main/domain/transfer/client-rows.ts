import { clientFieldsSchema, type ClientFields, type ClientFieldsInput, type ClientStatus } from '../clients/client';
import { normaliseForSearch } from '../clients/client-search';
import type { ColumnMapping } from './column-mapping';
import type { CsvRow } from './csv-parse';
import { parseDutchDate } from './dutch-date';
import { clientFieldNames, type ClientFieldName, type ClientImportField } from './import-fields';
import { restoreNeutralised } from './spreadsheet-formula';

/**
 * Each data row of an import, checked as the client form would check it, plus what only an import
 * can get wrong: a date in the wrong format, an unknown status, a client twice in the file or
 * already in the caseload. A row is imported only when it has no issues.
 */
export interface ImportIssue {
  /** The client field to point at, or `row` when the row as a whole is the problem. */
  field: ClientFieldName | 'row';
  /** A translation key (`clients:` or `import:`). */
  messageKey: string;
  /** Values for the message, e.g. the line of the earlier row a duplicate repeats. */
  params?: Record<string, number>;
}

export interface ImportRow {
  /** The physical line in the file, as a text editor numbers it. */
  line: number;
  /** The text as it will be read, after joining tussenvoegsel and address parts. */
  values: Record<ClientFieldName, string>;
  /** Present exactly when `issues` is empty: what will be stored. */
  fields?: ClientFields;
  issues: ImportIssue[];
}

/** Enough of an existing client to recognise them again. */
export interface ExistingClientKey {
  givenName: string;
  familyName: string;
  dateOfBirth?: string | undefined;
}

/** Status labels as workers write them, Dutch and English, folded like headers. */
const statusLabels: Readonly<Record<string, ClientStatus>> = {
  aangemeld: 'registered',
  registered: 'registered',
  intake: 'intake',
  actief: 'active',
  active: 'active',
  nazorg: 'aftercare',
  aftercare: 'aftercare',
  afgesloten: 'closed',
  closed: 'closed',
};

export function statusFromLabel(label: string): ClientStatus | undefined {
  return statusLabels[normaliseForSearch(label)];
}

/** "1234ab" and "1234 AB" both become "1234 AB"; a foreign postcode is left as written. */
function formatPostcode(postcode: string): string {
  const dutch = /^(\d{4})\s*([a-z]{2})$/i.exec(postcode);
  return dutch ? `${dutch[1]} ${(dutch[2] as string).toUpperCase()}` : postcode;
}

const joinFilled = (separator: string, ...parts: string[]) => parts.filter((part) => part !== '').join(separator);

function readValues(row: CsvRow, mapping: ColumnMapping): Record<ClientFieldName, string> {
  const cell = (field: ClientImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : restoreNeutralised((row.fields[column] ?? '').trim()).trim();
  };
  const familyName = cell('familyName');
  return {
    givenName: cell('givenName'),
    // A tussenvoegsel alone is no family name; leaving it out lets the row say "family name missing".
    familyName: familyName === '' ? '' : joinFilled(' ', cell('familyNamePrefix'), familyName),
    dateOfBirth: cell('dateOfBirth'),
    phone: cell('phone'),
    email: cell('email'),
    address: joinFilled(
      ', ',
      joinFilled(' ', cell('address'), cell('houseNumber')),
      joinFilled(' ', formatPostcode(cell('postcode')), cell('town')),
    ),
    status: cell('status'),
  };
}

function isClientFieldName(value: unknown): value is ClientFieldName {
  return (clientFieldNames as readonly unknown[]).includes(value);
}

function checkRow(values: Record<ClientFieldName, string>): { input: ClientFieldsInput; issues: ImportIssue[]; fields?: ClientFields } {
  const issues: ImportIssue[] = [];
  const { givenName, familyName, phone, email, address } = values;
  const input: ClientFieldsInput = { givenName, familyName, phone, email, address };
  if (values.dateOfBirth !== '') {
    const date = parseDutchDate(values.dateOfBirth);
    if (date.ok) input.dateOfBirth = date.iso;
    else issues.push({ field: 'dateOfBirth', messageKey: date.messageKey });
  }
  if (values.status !== '') {
    const status = statusFromLabel(values.status);
    if (status) input.status = status;
    else issues.push({ field: 'status', messageKey: 'import:validation.statusUnknown' });
  }
  const parsed = clientFieldsSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      issues.push({ field: isClientFieldName(field) ? field : 'row', messageKey: issue.message });
    }
  }
  return issues.length === 0 && parsed.success ? { input, issues, fields: withoutAbsent(parsed.data) } : { input, issues };
}

/** Zod keeps `phone: undefined` for an empty cell; the stored record has no such keys. */
function withoutAbsent(fields: ClientFields): ClientFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ClientFields;
}

/** Case, accents and spacing folded: "Zoë  de Vries" and "zoe de vries" are the same person. */
function identity(givenName: string, familyName: string, dateOfBirth: string | undefined): string {
  const fold = (text: string) => normaliseForSearch(text).replace(/\s+/g, ' ');
  return `${fold(givenName)}\u0000${fold(familyName)}\u0000${dateOfBirth ?? ''}`;
}

const fieldOrder = (issue: ImportIssue) => (issue.field === 'row' ? clientFieldNames.length : clientFieldNames.indexOf(issue.field));

/**
 * The rows of a file (without its header) checked against the mapping. Same name and date of
 * birth (both without a date counts as the same) marks a later row as a duplicate of an earlier
 * one, and a row as already in the caseload when an existing client matches.
 */
export function buildClientRows(rows: readonly CsvRow[], mapping: ColumnMapping, existing: readonly ExistingClientKey[]): ImportRow[] {
  const inCaseload = new Set(existing.map((client) => identity(client.givenName, client.familyName, client.dateOfBirth)));
  const firstLineOf = new Map<string, number>();
  return rows.map((row) => {
    const values = readValues(row, mapping);
    const { input, issues, fields } = checkRow(values);
    const dateUnreadable = values.dateOfBirth !== '' && input.dateOfBirth === undefined;
    if (values.givenName !== '' && values.familyName !== '' && !dateUnreadable) {
      const key = identity(values.givenName, values.familyName, input.dateOfBirth);
      if (inCaseload.has(key)) issues.push({ field: 'row', messageKey: 'import:validation.alreadyInCaseload' });
      const earlier = firstLineOf.get(key);
      if (earlier === undefined) firstLineOf.set(key, row.line);
      else issues.push({ field: 'row', messageKey: 'import:validation.duplicateInFile', params: { line: earlier } });
    }
    issues.sort((a, b) => fieldOrder(a) - fieldOrder(b));
    return issues.length === 0 && fields ? { line: row.line, values, fields, issues } : { line: row.line, values, issues };
  });
}
