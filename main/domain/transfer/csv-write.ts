import type { ClientFields, ClientStatus } from '../clients/client';
import { formatDutchDate } from './dutch-date';
import { clientFieldNames, type ClientFieldName } from './import-fields';
import { neutraliseFormula } from './spreadsheet-formula';

/**
 * The caseload as a CSV that Dutch Excel opens by double-click with accents and columns intact:
 * UTF-8 with a BOM (without it Excel reads ANSI and "Zoë" becomes "ZoÃ«"), `;` between fields
 * (the Dutch list separator), CRLF line ends, dates as `dd-mm-jjjj`. Every cell is guarded
 * against formula injection (spreadsheet-formula.ts). Reading the file back with the importer
 * gives the same clients.
 */
export type ExportableClient = Pick<ClientFields, 'givenName' | 'familyName' | 'status'> &
  Partial<Pick<ClientFields, 'dateOfBirth' | 'phone' | 'email' | 'address'>>;

export interface CsvExportTexts {
  /** The header row, in the worker's language (`clients:fields.*`). */
  columnTitles: Readonly<Record<ClientFieldName, string>>;
  /** Status words in the worker's language (`clients:status.*`); the importer reads nl and en. */
  statusLabels: Readonly<Record<ClientStatus, string>>;
}

const needsQuotes = /[;"\r\n]|^\s|\s$/;

/** One cell: formula-guarded, then quoted when it holds `;`, `"`, a line break or edge spaces. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cellsOf(client: ExportableClient, texts: CsvExportTexts): string[] {
  return clientFieldNames.map((field) => {
    switch (field) {
      case 'dateOfBirth':
        return client.dateOfBirth === undefined ? '' : formatDutchDate(client.dateOfBirth);
      case 'status':
        return texts.statusLabels[client.status];
      default:
        return client[field] ?? '';
    }
  });
}

/** Rows of cells as CSV text: every cell guarded, `;` between cells, each row ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvCell).join(';')}\r\n`).join('');
}

/** The file's bytes: the UTF-8 BOM, then the text (any CSV Verbind writes, so all open alike in Excel). */
export function csvFileBytes(rows: readonly (readonly string[])[]): Uint8Array {
  const body = new TextEncoder().encode(csvText(rows));
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

/** The CSV text, header first, each row ended by CRLF. */
export function clientsToCsvText(clients: readonly ExportableClient[], texts: CsvExportTexts): string {
  return csvText([clientFieldNames.map((field) => texts.columnTitles[field]), ...clients.map((client) => cellsOf(client, texts))]);
}

/** The file's bytes: the UTF-8 BOM, then the text. */
export function writeClientsCsv(clients: readonly ExportableClient[], texts: CsvExportTexts): Uint8Array {
  return csvFileBytes([clientFieldNames.map((field) => texts.columnTitles[field]), ...clients.map((client) => cellsOf(client, texts))]);
}
