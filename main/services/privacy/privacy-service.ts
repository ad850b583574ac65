import { ApiError } from '../../api/errors';
import { localDate } from '../../domain/agenda/local-date';
import { consentPurposes, currentConsent, type ConsentInput, type ConsentPurpose, type ConsentRecord } from '../../domain/privacy/consent';
import { erasureCounts, sameName, type ErasureCounts } from '../../domain/privacy/erasure-counts';
import { dueForErasure, type RetentionDue } from '../../domain/privacy/retention';
import { createMainTranslator } from '../../i18n/main-i18n';
import { fileNameSlug } from '../documents/document-format';
import type { Language } from '../preferences/preferences-schema';
import { auditRecordsAbout, type ClientAuditRecord } from './client-audit-records';
import { createClientErasure, type ClientErasureDeps, type ErasureOutcome } from './client-erasure';

export interface PrivacyServiceDeps extends ClientErasureDeps {
  newId: () => string;
  actor: () => string;
  retentionMonths: () => number;
  /** The worker's language, for the exported file's name. */
  language: () => Language;
}

export interface ClientConsents {
  /** Every answer, newest first. */
  records: ConsentRecord[];
  /** The answer that holds now, per purpose; null when the client was never asked. */
  current: Record<ConsentPurpose, ConsentRecord | null>;
}

export interface ErasePreview {
  clientId: string;
  givenName: string;
  familyName: string;
  counts: ErasureCounts;
  /** Kept backups that still hold the client; they are cleaned too. */
  backups: number;
}

const fieldIssue = (field: string, messageKey: string) => ({ path: [field], messageKey });

/**
 * The client's rights under the AVG: consent per purpose (art. 6/7), access with a readable PDF and
 * a machine-readable file (art. 15 and 20), erasure (art. 17) and the keeping period for closed
 * cases. Erasing is in client-erasure.ts; this service checks what the worker asked and logs it.
 */
export function createPrivacyService(deps: PrivacyServiceDeps) {
  const { files, audit, clock } = deps;
  const erasure = createClientErasure(deps);
  const today = () => localDate(clock.now());
  const toLocalDay = (iso: string) => localDate(new Date(iso));

  const consentsOf = async (clientId: string): Promise<ClientConsents> => {
    const records = (await files.get(clientId)).consents;
    const current = Object.fromEntries(consentPurposes.map((purpose) => [purpose, currentConsent(records, purpose) ?? null])) as ClientConsents['current'];
    // Reversed first: of two answers with the same day and time, the one written down later is newer.
    const newestFirst = [...records].reverse().sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt));
    return { records: newestFirst, current };
  };

  const due = (): RetentionDue[] => dueForErasure(
    [...files.projections()].map((document) => document.client),
    today(),
    deps.retentionMonths(),
    toLocalDay,
  );

  return {
    consents: consentsOf,

    async recordConsent(clientId: string, input: ConsentInput): Promise<ConsentRecord> {
      if (input.date > today()) {
        throw new ApiError('invalid_input', {
          messageKey: 'privacy:validation.dateInFuture',
          issues: [fieldIssue('date', 'privacy:validation.dateInFuture')],
        });
      }
      const record = await files.change(clientId, (current) => {
        const created: ConsentRecord = {
          id: deps.newId(),
          purpose: input.purpose,
          given: input.given,
          date: input.date,
          recordedAt: clock.now().toISOString(),
          recordedBy: deps.actor().slice(0, 100),
        };
        if (input.note !== undefined) created.note = input.note;
        return { document: { ...current, consents: [...current.consents, created] }, result: created };
      });
      await audit.record({
        action: 'change',
        entity: 'consent',
        clientId,
        entityId: record.id,
        detail: `${record.purpose}:${record.given ? 'given' : 'withdrawn'}`,
      });
      return record;
    },

    /** The audit records about the client, for the access request. */
    auditRecords: (clientId: string): Promise<ClientAuditRecord[]> => auditRecordsAbout(deps.dataFiles, clientId),

    /** Everything about the client as one self-describing JSON file (art. 15 and 20). */
    async accessExportJson(clientId: string): Promise<{ fileName: string; contentBase64: string }> {
      const document = await files.get(clientId);
      const auditRecords = await auditRecordsAbout(deps.dataFiles, clientId);
      const exportedAt = clock.now().toISOString();
      const content = {
        format: 'verbind-access-export',
        formatVersion: 1,
        exportedAt,
        ...document,
        auditRecords,
      };
      const bytes = Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8');
      await audit.record({ action: 'export', entity: 'client', clientId, detail: 'accessExport:json' });
      const t = await createMainTranslator(deps.language());
      const name = [t('documents:fileNames.accessExport'), fileNameSlug(document.client.familyName, '')].filter((part) => part !== '');
      return {
        fileName: `${[...name, today()].join('-')}.json`,
        contentBase64: bytes.toString('base64'),
      };
    },

    async erasePreview(clientId: string): Promise<ErasePreview> {
      const document = await files.get(clientId);
      const { client } = document;
      return {
        clientId,
        givenName: client.givenName,
        familyName: client.familyName,
        counts: erasureCounts(document),
        backups: await deps.countInBackups(clientId),
      };
    },

    async erase(clientId: string, confirmName: string): Promise<ErasureOutcome> {
      const { client } = await files.get(clientId);
      if (!sameName(confirmName, `${client.givenName} ${client.familyName}`)) {
        throw new ApiError('invalid_input', {
          messageKey: 'privacy:validation.nameMismatch',
          issues: [fieldIssue('confirmName', 'privacy:validation.nameMismatch')],
        });
      }
      return erasure.erase(clientId);
    },

    retentionDue: due,

    /** Erases the listed clients that are still due (one reopened meanwhile stays); returns how many went. */
    async eraseMany(clientIds: readonly string[]): Promise<{ erased: number }> {
      const stillDue = new Set(due().map((entry) => entry.clientId));
      let erased = 0;
      for (const clientId of new Set(clientIds)) {
        if (!stillDue.has(clientId)) continue;
        await erasure.erase(clientId);
        erased += 1;
      }
      return { erased };
    },

    reapplyErasures: erasure.reapplyErasures,
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;
