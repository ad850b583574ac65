import type { ClientFields } from '../../domain/clients/client';
import { buildClientRows, type ExistingClientKey, type ImportRow } from '../../domain/transfer/client-rows';
import {
  columnMappingSchema,
  ignoredColumns,
  mappingFits,
  suggestColumnMapping,
  type ColumnMapping,
} from '../../domain/transfer/column-mapping';
import { parseCsv, type CsvDelimiter } from '../../domain/transfer/csv-parse';
import { decodeText, type TextEncodingName } from '../../domain/transfer/text-decoding';

/**
 * Importing a caseload from a CSV in two steps: a preview (columns mapped to fields, every row with
 * its issues) and, after the worker confirms, the import of the valid rows in one store call.
 * The commit reads the file again: a preview sent back by the renderer is never trusted.
 */
export const maxImportBytes = 20 * 1024 * 1024;

export type CsvImportRefusal =
  | { ok: false; reason: 'too_large'; messageKey: 'import:errors.tooLarge' }
  | { ok: false; reason: 'not_text'; messageKey: 'import:errors.notText' }
  | { ok: false; reason: 'empty'; messageKey: 'import:errors.empty' }
  | { ok: false; reason: 'header_only'; messageKey: 'import:errors.headerOnly' }
  | { ok: false; reason: 'unterminated_quote'; messageKey: 'import:errors.unterminatedQuote'; line: number }
  | { ok: false; reason: 'mapping_invalid'; messageKey: 'import:errors.mappingInvalid' }
  | { ok: false; reason: 'no_valid_rows'; messageKey: 'import:errors.noValidRows' };

export interface IgnoredColumn {
  index: number;
  header: string;
}

export interface CsvImportPreview {
  ok: true;
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
  headers: string[];
  /** The mapping the rows were read with: the one given, or Verbind's suggestion. */
  mapping: ColumnMapping;
  ignoredColumns: IgnoredColumn[];
  /** Every data row; the screen virtualises the list. */
  rows: ImportRow[];
  validCount: number;
  invalidCount: number;
}

export interface CsvImportDone {
  ok: true;
  imported: number;
  /** Rows left out because they had issues. */
  skipped: number;
}

/** Stores all the given clients or none of them; resolves to how many were stored. */
export type CreateClients = (fields: ClientFields[]) => Promise<number>;

function refuse<R extends CsvImportRefusal['reason']>(reason: R): Extract<CsvImportRefusal, { reason: R }> {
  const keys = {
    too_large: 'import:errors.tooLarge',
    not_text: 'import:errors.notText',
    empty: 'import:errors.empty',
    header_only: 'import:errors.headerOnly',
    mapping_invalid: 'import:errors.mappingInvalid',
    no_valid_rows: 'import:errors.noValidRows',
  } as const;
  return { ok: false, reason, messageKey: keys[reason as keyof typeof keys] } as Extract<CsvImportRefusal, { reason: R }>;
}

export function previewCsvImport(
  bytes: Uint8Array,
  mapping: ColumnMapping | undefined,
  existing: readonly ExistingClientKey[],
): CsvImportPreview | CsvImportRefusal {
  if (bytes.length > maxImportBytes) return refuse('too_large');
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('not_text');
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { ok: false, reason: 'unterminated_quote', messageKey: parsed.messageKey, line: parsed.line };
  const [header, ...dataRows] = parsed.rows;
  if (!header) return refuse('empty');
  if (dataRows.length === 0) return refuse('header_only');
  const headers = header.fields.map((text) => text.trim());
  let used: ColumnMapping;
  if (mapping === undefined) {
    used = suggestColumnMapping(headers);
  } else {
    // Checked here as well as at the boundary: this is the rule, whoever calls.
    const checked = columnMappingSchema.safeParse(mapping);
    if (!checked.success || !mappingFits(checked.data, headers.length)) return refuse('mapping_invalid');
    used = checked.data;
  }
  const rows = buildClientRows(dataRows, used, existing);
  const validCount = rows.filter((row) => row.fields !== undefined).length;
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
    headers,
    mapping: used,
    ignoredColumns: ignoredColumns(headers.length, used).map((index) => ({ index, header: headers[index] ?? '' })),
    rows,
    validCount,
    invalidCount: rows.length - validCount,
  };
}

/**
 * Imports the valid rows of the file with one `createClients` call (all or nothing in the store),
 * or refuses without calling it. A store failure rejects as the store's own error.
 */
export async function commitCsvImport(
  bytes: Uint8Array,
  mapping: ColumnMapping | undefined,
  existing: readonly ExistingClientKey[],
  createClients: CreateClients,
): Promise<CsvImportDone | CsvImportRefusal> {
  const preview = previewCsvImport(bytes, mapping, existing);
  if (!preview.ok) return preview;
  const valid = preview.rows.flatMap((row) => (row.fields ? [row.fields] : []));
  if (valid.length === 0) return refuse('no_valid_rows');
  const imported = await createClients(valid);
  return { ok: true, imported, skipped: preview.invalidCount };
}
