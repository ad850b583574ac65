import type { TFunction } from 'i18next';
import { localDate } from '../../domain/agenda/local-date';
import { auditColumns, auditCsvBytes, auditJsonBytes, localDateTime, type AuditColumn, type ClientName } from '../../domain/audit/audit-export';
import { pageOf, selectAuditEntries, type AuditFilter } from '../../domain/audit/audit-filter';
import type { AuditEntry } from '../../domain/audit/audit-vocabulary';
import type { ChainStatus } from '../../domain/audit/verify-chain';
import { createMainTranslator } from '../../i18n/main-i18n';
import type { Clock } from '../clients/client-files';
import type { DataFiles } from '../storage/data-files';
import type { Language } from '../preferences/preferences-schema';
import { readAuditLog, verifyAuditLines } from './audit-reader';
import type { AuditTrail } from './audit-trail';

/** A record as the viewer shows it: with the client's current name (or that they were erased). */
export interface AuditRow extends AuditEntry {
  client?: ClientName;
}

export interface AuditListing {
  records: AuditRow[];
  /** How many records match the filter (all pages). */
  total: number;
  /** The check of the whole log. */
  chain: ChainStatus;
  /** Which system wrote and shows this log (NEN 7513 asks for it): app name and version. */
  system: string;
}

export interface AuditExport {
  fileName: string;
  contentBase64: string;
}

export interface AuditLogServiceOptions {
  files: DataFiles;
  trail: AuditTrail;
  /** The client's current name, or undefined when the client is no longer in the caseload. */
  clientName: (clientId: string) => string | undefined;
  system: string;
  actor: () => string;
  clock: Clock;
  language: () => Language;
}

function chainText(chain: ChainStatus, t: TFunction): string {
  if (chain.ok) return t('audit:chain.intact', { count: chain.count });
  return t('audit:chain.brokenShort', { seq: chain.broken.seq, line: chain.broken.line, reason: t(`audit:reasons.${chain.broken.reason}`) });
}

/**
 * The audit log as the worker and an auditor see it: filtered and paged newest first, checked
 * link by link, and exported as CSV or JSON. Looking at the log or exporting it is itself logged,
 * and so is the client it was narrowed to.
 */
export function createAuditLogService(options: AuditLogServiceOptions) {
  const clientOf = (clientId: string): ClientName => {
    const name = options.clientName(clientId);
    return name === undefined ? { state: 'erased' } : { state: 'present', name };
  };
  const load = async () => {
    // Views are logged without waiting: let the ones already asked for land before reading.
    await options.trail.flush();
    const log = await readAuditLog(options.files);
    return { ...log, chain: verifyAuditLines(log.lines) };
  };
  const logged = (action: 'view' | 'export', clientId: string | undefined, detail?: string) =>
    options.trail.record({ action, entity: 'audit', ...(clientId === undefined ? {} : { clientId }), ...(detail === undefined ? {} : { detail }) });

  return {
    async list(filter: AuditFilter, offset: number, limit: number): Promise<AuditListing> {
      const { records, chain } = await load();
      const selected = selectAuditEntries(records, filter);
      const rows = pageOf(selected, offset, limit).map((entry): AuditRow => (entry.clientId === undefined ? entry : { ...entry, client: clientOf(entry.clientId) }));
      void logged('view', filter.clientId).catch(() => undefined);
      return { records: rows, total: selected.length, chain, system: options.system };
    },
    async verify(): Promise<ChainStatus> {
      const { chain } = await load();
      void logged('view', undefined).catch(() => undefined);
      return chain;
    },
    async export(format: 'csv' | 'json', filter: Pick<AuditFilter, 'from' | 'to' | 'clientId'>): Promise<AuditExport> {
      const { records, chain } = await load();
      // Oldest first in a file: that is the chain's own order, so links can be followed downwards.
      const selected = selectAuditEntries(records, filter).reverse();
      const now = options.clock.now();
      const t = await createMainTranslator(options.language());
      const fileName = `${t('audit:export.fileName')}-${localDate(now)}.${format}`;
      const bytes =
        format === 'json'
          ? auditJsonBytes({ system: options.system, exportedAt: now.toISOString(), exportedBy: options.actor(), filter, chain, records: selected }, clientOf)
          : auditCsvBytes(selected, clientOf, {
              columns: Object.fromEntries(auditColumns.map((column) => [column, t(`audit:columns.${column}`)])) as Record<AuditColumn, string>,
              action: (name) => t(`audit:actions.${name}`, { defaultValue: name }),
              entity: (name) => t(`audit:entities.${name}`, { defaultValue: name }),
              erasedClient: t('audit:erasedClient'),
              about: [
                [t('audit:export.system'), options.system],
                [t('audit:export.exportedAt'), localDateTime(now.toISOString())],
                [t('audit:export.exportedBy'), options.actor()],
                [t('audit:export.chain'), chainText(chain, t)],
                [t('audit:export.records'), String(selected.length)],
              ],
            });
      await logged('export', filter.clientId, `format:${format};records:${selected.length}`);
      return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}
export type AuditLogService = ReturnType<typeof createAuditLogService>;
