import { csvFileBytes } from '../transfer/csv-write';
import type { AuditFilter } from './audit-filter';
import type { AuditEntry } from './audit-vocabulary';
import type { ChainStatus } from './verify-chain';

export const auditColumns = ['seq', 'time', 'atUtc', 'actor', 'action', 'entity', 'client', 'clientId', 'entityId', 'detail', 'prev', 'hash'] as const;
export type AuditColumn = (typeof auditColumns)[number];

/** A client as the viewer names it: the current name, or gone (erased); never from the log itself. */
export type ClientName = { state: 'present'; name: string } | { state: 'erased' };

export interface AuditExportTexts {
  columns: Readonly<Record<AuditColumn, string>>;
  action(name: string): string;
  entity(name: string): string;
  erasedClient: string;
  /** Label/value rows above the table: the system, when and by whom exported, the chain result. */
  about: readonly (readonly [string, string])[];
}

const two = (value: number) => String(value).padStart(2, '0');

/** `04-12-2026 14:05:09` in the worker's own time zone: how a Dutch reader writes a moment. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${two(at.getDate())}-${two(at.getMonth() + 1)}-${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

function cellsOf(entry: AuditEntry, client: ClientName | undefined, texts: AuditExportTexts): string[] {
  return auditColumns.map((column) => {
    switch (column) {
      case 'seq':
        return String(entry.seq);
      case 'time':
        return localDateTime(entry.at);
      case 'atUtc':
        return entry.at;
      case 'action':
        return texts.action(entry.action);
      case 'entity':
        return texts.entity(entry.entity);
      case 'client':
        return client === undefined ? '' : client.state === 'present' ? client.name : texts.erasedClient;
      default:
        return entry[column] ?? '';
    }
  });
}

/**
 * The selected records as a CSV that Dutch Excel opens (the caseload export's writer: BOM, `;`,
 * every cell guarded against formulas). Above the table stand the system and the chain result;
 * each row keeps `prev` and `hash`, so an auditor can follow the links row by row.
 */
export function auditCsvBytes(
  entries: readonly AuditEntry[],
  clientOf: (clientId: string) => ClientName,
  texts: AuditExportTexts,
): Uint8Array {
  const rows: string[][] = [
    ...texts.about.map(([label, value]) => [label, value]),
    [],
    auditColumns.map((column) => texts.columns[column]),
    ...entries.map((entry) => cellsOf(entry, entry.clientId === undefined ? undefined : clientOf(entry.clientId), texts)),
  ];
  return csvFileBytes(rows);
}

export interface AuditJsonExport {
  format: 'verbind-audit-log';
  version: 1;
  system: string;
  exportedAt: string;
  exportedBy: string;
  filter: AuditFilter;
  /** The check of the whole log, not only of the records below. */
  chain: ChainStatus;
  /** Current names of the clients named below; null when the client was erased. */
  clients: Record<string, string | null>;
  /**
   * The records exactly as stored (same keys, same order): SHA-256 over a record's JSON without
   * `hash` gives its `hash`, and `prev` names the hash of the record before it.
   */
  records: AuditEntry[];
}

export function auditJsonBytes(
  document: Omit<AuditJsonExport, 'format' | 'version' | 'clients'>,
  clientOf: (clientId: string) => ClientName,
): Uint8Array {
  // A Map, then fromEntries: an id read from the log is data, never a key that could reach a prototype.
  const names = new Map<string, string | null>();
  for (const { clientId } of document.records) {
    if (clientId === undefined || names.has(clientId)) continue;
    const client = clientOf(clientId);
    names.set(clientId, client.state === 'present' ? client.name : null);
  }
  const full: AuditJsonExport = { format: 'verbind-audit-log', version: 1, ...document, clients: Object.fromEntries(names) };
  return new TextEncoder().encode(`${JSON.stringify(full, null, 2)}\n`);
}
