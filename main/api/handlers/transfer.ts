import { createMainTranslator } from '../../i18n/main-i18n';
import type { AuditTrail } from '../../services/audit/audit-trail';
import type { ClientFiles, Clock } from '../../services/clients/client-files';
import type { ClientIndex } from '../../services/clients/client-index';
import type { ClientService } from '../../services/clients/client-service';
import { exportClientsCsv } from '../../services/transfer/csv-export-service';
import { commitCsvImport, previewCsvImport, type CsvImportRefusal } from '../../services/transfer/csv-import-service';
import type { Handlers } from '../dispatcher';
import { ApiError } from '../errors';

/** A file the importer cannot use is a refusal like any other: a typed error with its reason. */
function unlessRefused<T extends { ok: true }>(result: T | CsvImportRefusal): T {
  if (result.ok) return result;
  throw new ApiError('invalid_input', {
    messageKey: result.messageKey,
    ...('line' in result ? { params: { line: result.line } } : {}),
  });
}

type TransferCalls = 'transfer.previewImport' | 'transfer.commitImport' | 'transfer.exportCsv';

export function transferHandlers(
  services: () => { clients: ClientService; files: ClientFiles; index: ClientIndex; audit: AuditTrail },
  clock: Clock,
): Pick<Handlers, TransferCalls> {
  const existing = () => [...services().files.projections()].map(({ client }) => client);
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
  return {
    'transfer.previewImport': async ({ contentBase64, mapping }) =>
      unlessRefused(previewCsvImport(bytes(contentBase64), mapping, existing())),
    'transfer.commitImport': async ({ contentBase64, mapping }) =>
      unlessRefused(await commitCsvImport(bytes(contentBase64), mapping, existing(), (fields) => services().clients.createMany(fields))),
    'transfer.exportCsv': async ({ ids, language }) => {
      const { files, index, audit } = services();
      // The list order the worker sees (family name first) unless specific clients were chosen.
      const chosen = ids ?? index.list({}).map((summary) => summary.id);
      const clients = chosen.map((id) => {
        const projection = files.projection(id);
        if (!projection) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
        return projection.client;
      });
      const t = await createMainTranslator(language);
      const result = exportClientsCsv(clients, t, 'verbind-caseload', clock.now());
      await audit.record({ action: 'export', entity: 'caseload', detail: `clients:${clients.length}` });
      return result;
    },
  };
}
