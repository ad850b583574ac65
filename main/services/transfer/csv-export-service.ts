import type { TFunction } from 'i18next';
import { clientStatuses, type Client, type ClientStatus } from '../../domain/clients/client';
import { writeClientsCsv } from '../../domain/transfer/csv-write';
import { clientFieldNames, type ClientFieldName } from '../../domain/transfer/import-fields';

export interface CsvExport {
  fileName: string;
  /** The file's bytes (UTF-8 with BOM), base64 so they cross IPC and HTTP unchanged. */
  contentBase64: string;
  count: number;
}

/** `verbind-caseload-2026-11-25.csv`: a name that says what and when. */
export function exportFileName(prefix: string, date: Date): string {
  return `${prefix}-${date.toISOString().slice(0, 10)}.csv`;
}

/** The given clients as a CSV in the worker's language, in the order given. */
export function exportClientsCsv(clients: readonly Client[], t: TFunction, fileNamePrefix: string, now: Date): CsvExport {
  const columnTitles = Object.fromEntries(
    clientFieldNames.map((field) => [field, t(`clients:fields.${field}`)]),
  ) as Record<ClientFieldName, string>;
  const statusLabels = Object.fromEntries(
    clientStatuses.map((status) => [status, t(`clients:status.${status}`)]),
  ) as Record<ClientStatus, string>;
  const bytes = writeClientsCsv(clients, { columnTitles, statusLabels });
  return { fileName: exportFileName(fileNamePrefix, now), contentBase64: Buffer.from(bytes).toString('base64'), count: clients.length };
}
