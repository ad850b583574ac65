import { normaliseHeader } from '../transfer/column-mapping';
import { parseCsv, type CsvRow } from '../transfer/csv-parse';
import { csvFileBytes } from '../transfer/csv-write';
import { restoreNeutralised } from '../transfer/spreadsheet-formula';
import { decodeText } from '../transfer/text-decoding';
import type { DirectoryImportPreview, DirectoryImportRow, DirectoryRowIssue } from './directory-transfer';
import {
  serviceFieldsSchema,
  serviceFormats,
  serviceKinds,
  servicePhases,
  type ServiceEntry,
  type ServiceFields,
  type ServiceFieldsInput,
  type ServiceFormat,
  type ServiceKind,
  type ServicePhase,
} from './service-entry';
import { serviceIdentity } from './service-search';

/**
 * The directory as a CSV to share with colleagues, and reading such a file back.
 *
 * Writing: the same Excel-safe form as the caseload export (csv-write.ts): UTF-8 with BOM, `;`,
 * CRLF, every cell guarded against formula injection; column titles, kinds, formats and phases in
 * the chosen language, phases joined by ", ".
 *
 * Reading: the fixed columns are found by their title in Dutch or English, or by their field name,
 * folded like the caseload importer's headers (case, accents, spaces, punctuation); other columns
 * are ignored and the first of two same columns wins. A kind, format or phase cell may hold the
 * label in either language or the id. Phases may be separated by `,`, `;` or `/`. Each row is then
 * checked as the form checks it. A valid row is `duplicate` when an entry with the same name and
 * kind exists (serviceIdentity) or an earlier new row of the file has them; otherwise `new`.
 */
export const directoryColumns = [
  'name',
  'kind',
  'format',
  'phases',
  'contactPerson',
  'phone',
  'email',
  'website',
  'address',
  'openingHours',
  'targetGroups',
  'notes',
] as const;
export type DirectoryColumn = (typeof directoryColumns)[number];

/** The words of one language: `directory:export.columns.*`, `directory:kinds.*`, `…formats.*`, `…phases.*`. */
export interface DirectoryCsvTexts {
  columnTitles: Readonly<Record<DirectoryColumn, string>>;
  kinds: Readonly<Record<ServiceKind, string>>;
  formats: Readonly<Record<ServiceFormat, string>>;
  phases: Readonly<Record<ServicePhase, string>>;
}

type ExportableService = Pick<ServiceEntry, 'name' | 'kind' | 'format' | 'phases'> &
  Partial<Pick<ServiceEntry, Exclude<DirectoryColumn, 'name' | 'kind' | 'format' | 'phases'>>>;

function cellsOf(entry: ExportableService, texts: DirectoryCsvTexts): string[] {
  return directoryColumns.map((column) => {
    switch (column) {
      case 'kind':
        return texts.kinds[entry.kind];
      case 'format':
        return texts.formats[entry.format];
      case 'phases':
        return entry.phases.map((phase) => texts.phases[phase]).join(', ');
      default:
        return entry[column] ?? '';
    }
  });
}

/** The file's bytes, header first, entries in the order given. */
export function writeDirectoryCsv(entries: readonly ExportableService[], texts: DirectoryCsvTexts): Uint8Array {
  return csvFileBytes([directoryColumns.map((column) => texts.columnTitles[column]), ...entries.map((entry) => cellsOf(entry, texts))]);
}

export type DirectoryCsvRefusal = {
  ok: false;
  messageKey:
    | 'directory:import.notText'
    | 'directory:import.unterminatedQuote'
    | 'directory:import.empty'
    | 'directory:import.noNameColumn'
    | 'directory:import.noRows';
  params?: { line: number };
};

/** An existing entry, as far as recognising it again needs. */
export interface ExistingService {
  name: string;
  kind: ServiceKind;
}

/** Folded label → id, for one list of choices, from every language's labels and the ids themselves. */
function labelLookup<K extends string>(
  ids: readonly K[],
  languages: readonly DirectoryCsvTexts[],
  labelsOf: (texts: DirectoryCsvTexts) => Readonly<Record<K, string>>,
): (cell: string) => K | undefined {
  const lookup = new Map<string, K>();
  for (const id of ids) lookup.set(normaliseHeader(id), id);
  for (const texts of languages) for (const id of ids) lookup.set(normaliseHeader(labelsOf(texts)[id]), id);
  return (cell: string): K | undefined => lookup.get(normaliseHeader(cell));
}

/** Which column of the file holds which field; the first matching column wins. */
function mapColumns(header: CsvRow, languages: readonly DirectoryCsvTexts[]): Partial<Record<DirectoryColumn, number>> {
  const find = labelLookup(directoryColumns, languages, (texts) => texts.columnTitles);
  const mapping: Partial<Record<DirectoryColumn, number>> = {};
  header.fields.forEach((title, index) => {
    const column = find(title);
    if (column !== undefined && mapping[column] === undefined) mapping[column] = index;
  });
  return mapping;
}

const translationKey = /^[a-z]+:[\w.]+$/;

/** Zod keeps `phone: undefined` for an empty cell; a stored entry has no such keys. */
function withoutAbsent(fields: ServiceFields): ServiceFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ServiceFields;
}

interface ChoiceReaders {
  kind: (cell: string) => ServiceKind | undefined;
  format: (cell: string) => ServiceFormat | undefined;
  phase: (cell: string) => ServicePhase | undefined;
}

function readRow(
  row: CsvRow,
  mapping: Partial<Record<DirectoryColumn, number>>,
  read: ChoiceReaders,
): { fields: ServiceFields } | { issues: DirectoryRowIssue[] } {
  const cell = (column: DirectoryColumn): string => {
    const index = mapping[column];
    return index === undefined ? '' : restoreNeutralised((row.fields[index] ?? '').trim()).trim();
  };
  const issues: DirectoryRowIssue[] = [];
  const input: { [K in keyof ServiceFieldsInput]?: unknown } = {};
  for (const column of directoryColumns) {
    if (column !== 'kind' && column !== 'format' && column !== 'phases') input[column] = cell(column);
  }
  // An empty cell is left out, so the schema says "required" rather than "unknown".
  const choose = <K extends string>(column: 'kind' | 'format', lookup: (text: string) => K | undefined, unknownKey: string) => {
    const text = cell(column);
    if (text === '') return;
    const id = lookup(text);
    if (id === undefined) issues.push({ path: [column], messageKey: unknownKey });
    else input[column] = id;
  };
  choose('kind', read.kind, 'directory:import.kindUnknown');
  choose('format', read.format, 'directory:import.formatUnknown');
  const parts = cell('phases')
    .split(/[,;/]/)
    .filter((part) => part.trim() !== '');
  const phases = parts.map(read.phase);
  if (phases.includes(undefined)) issues.push({ path: ['phases'], messageKey: 'directory:import.phaseUnknown' });
  input.phases = [...new Set(phases.filter((phase) => phase !== undefined))];
  const parsed = serviceFieldsSchema.safeParse(input);
  if (!parsed.success) {
    // A cell already said to be unknown is left out, so it is not also reported as missing.
    const reported = new Set(issues.map((issue) => issue.path[0]));
    for (const issue of parsed.error.issues) {
      if (reported.has(issue.path[0] as string)) continue;
      issues.push({
        path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
        messageKey: translationKey.test(issue.message) ? issue.message : 'errors:validation.invalid',
      });
    }
  }
  if (issues.length > 0 || !parsed.success) {
    const order = (issue: DirectoryRowIssue) => directoryColumns.indexOf(issue.path[0] as DirectoryColumn);
    return { issues: issues.sort((a, b) => order(a) - order(b)) };
  }
  return { fields: withoutAbsent(parsed.data) };
}

/**
 * The preview of a directory CSV against the entries already there, or why the file cannot be read.
 * `languages` are the texts of every language a colleague may have exported in.
 */
export function readDirectoryCsv(
  bytes: Uint8Array,
  languages: readonly DirectoryCsvTexts[],
  existing: readonly ExistingService[],
): DirectoryImportPreview | DirectoryCsvRefusal {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, messageKey: 'directory:import.notText' };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { ok: false, messageKey: 'directory:import.unterminatedQuote', params: { line: parsed.line } };
  const [header, ...dataRows] = parsed.rows;
  if (!header) return { ok: false, messageKey: 'directory:import.empty' };
  const mapping = mapColumns(header, languages);
  if (mapping.name === undefined) return { ok: false, messageKey: 'directory:import.noNameColumn' };
  if (dataRows.length === 0) return { ok: false, messageKey: 'directory:import.noRows' };

  const read: ChoiceReaders = {
    kind: labelLookup(serviceKinds, languages, (texts) => texts.kinds),
    format: labelLookup(serviceFormats, languages, (texts) => texts.formats),
    phase: labelLookup(servicePhases, languages, (texts) => texts.phases),
  };
  const known = new Map(existing.map((entry) => [serviceIdentity(entry.name, entry.kind), entry.name]));
  const rows: DirectoryImportRow[] = dataRows.map((row) => {
    const result = readRow(row, mapping, read);
    if ('issues' in result) return { line: row.line, outcome: 'invalid', issues: result.issues };
    const identity = serviceIdentity(result.fields.name, result.fields.kind);
    const duplicateOf = known.get(identity);
    if (duplicateOf !== undefined) return { line: row.line, outcome: 'duplicate', fields: result.fields, duplicateOf };
    // Only rows that will be added count as "earlier": a later good copy of a broken row is new.
    known.set(identity, result.fields.name);
    return { line: row.line, outcome: 'new', fields: result.fields };
  });
  const count = (outcome: DirectoryImportRow['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  return { rows, counts: { new: count('new'), duplicate: count('duplicate'), invalid: count('invalid') } };
}

export function isDirectoryCsvRefusal(result: DirectoryImportPreview | DirectoryCsvRefusal): result is DirectoryCsvRefusal {
  return 'ok' in result;
}
