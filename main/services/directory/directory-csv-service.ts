import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import { localDate } from '../../domain/agenda/local-date';
import {
  directoryColumns,
  isDirectoryCsvRefusal,
  readDirectoryCsv,
  writeDirectoryCsv,
  type DirectoryColumn,
  type DirectoryCsvTexts,
} from '../../domain/directory/directory-csv';
import type { DirectoryImportDone, DirectoryImportPreview } from '../../domain/directory/directory-transfer';
import { serviceFormats, serviceKinds, servicePhases, type ServiceEntry } from '../../domain/directory/service-entry';
import { compareServicesByName } from '../../domain/directory/service-search';
import { createMainTranslator } from '../../i18n/main-i18n';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock } from '../clients/client-files';
import { languages, type Language } from '../preferences/preferences-schema';
import type { CsvExport } from '../transfer/csv-export-service';
import { toEntry } from './directory-service';
import type { DirectoryStore } from './directory-store';

/**
 * Sharing the directory with colleagues as a CSV: export in the worker's language, and an import
 * that adds only services not there yet. The commit reads the file again (a preview sent back by the
 * renderer is never trusted) and adds every new row in one write, or none; a file with no new,
 * valid row is refused (`directory:import.nothingToAdd`).
 */
export interface DirectoryCsvService {
  exportCsv(language: Language): Promise<CsvExport>;
  previewImport(bytes: Uint8Array): Promise<DirectoryImportPreview>;
  commitImport(bytes: Uint8Array): Promise<DirectoryImportDone>;
}

function labels<K extends string>(ids: readonly K[], text: (id: K) => string): Record<K, string> {
  return Object.fromEntries(ids.map((id) => [id, text(id)])) as Record<K, string>;
}

export function directoryCsvTexts(t: TFunction): DirectoryCsvTexts {
  return {
    columnTitles: labels<DirectoryColumn>(directoryColumns, (column) => t(`directory:export.columns.${column}`)),
    kinds: labels(serviceKinds, (kind) => t(`directory:kinds.${kind}`)),
    formats: labels(serviceFormats, (format) => t(`directory:formats.${format}`)),
    phases: labels(servicePhases, (phase) => t(`directory:phases.${phase}`)),
  };
}

/** A colleague may have exported in any language Verbind speaks. */
async function everyLanguage(): Promise<DirectoryCsvTexts[]> {
  return Promise.all(languages.map(async (language) => directoryCsvTexts(await createMainTranslator(language))));
}

function preview(bytes: Uint8Array, texts: readonly DirectoryCsvTexts[], services: readonly ServiceEntry[]): DirectoryImportPreview {
  const result = readDirectoryCsv(bytes, texts, services);
  if (isDirectoryCsvRefusal(result)) {
    throw new ApiError('invalid_input', { messageKey: result.messageKey, ...(result.params ? { params: result.params } : {}) });
  }
  return result;
}

export function createDirectoryCsvService(store: DirectoryStore, audit: AuditTrail, clock: Clock, newId: () => string): DirectoryCsvService {
  return {
    async exportCsv(language) {
      const t = await createMainTranslator(language);
      const services = [...store.all()].sort(compareServicesByName);
      const bytes = writeDirectoryCsv(services, directoryCsvTexts(t));
      const fileName = `${t('directory:export.fileName')}-${localDate(clock.now())}.csv`;
      await audit.record({ action: 'export', entity: 'service', detail: `services:${services.length}` });
      return { fileName, contentBase64: Buffer.from(bytes).toString('base64'), count: services.length };
    },
    async previewImport(bytes) {
      return preview(bytes, await everyLanguage(), store.all());
    },
    async commitImport(bytes) {
      const texts = await everyLanguage();
      // Checked inside the change, against the entries as they are when it runs: two imports of the
      // same file one after the other add its services once.
      const done = await store.change((services) => {
        const { rows, counts } = preview(bytes, texts, services);
        const stamp = nextStamp(clock);
        const added = rows.flatMap((row) =>
          row.outcome === 'new' && row.fields ? [toEntry(row.fields, { id: newId(), createdAt: stamp, updatedAt: stamp })] : [],
        );
        // Like the caseload import: a commit that would add nothing is refused, so "done" always means added.
        if (added.length === 0) throw new ApiError('invalid_input', { messageKey: 'directory:import.nothingToAdd' });
        const result: DirectoryImportDone = { added: added.length, skippedDuplicates: counts.duplicate, skippedInvalid: counts.invalid };
        return { services: [...services, ...added], result };
      });
      await audit.record({ action: 'import', entity: 'service', detail: `rows:${done.added}` });
      return done;
    },
  };
}
