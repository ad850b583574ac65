import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import { columnMappingSchema } from '../../domain/transfer/column-mapping';
import { languageSchema } from '../../services/preferences/preferences-schema';
import type { CsvExport } from '../../services/transfer/csv-export-service';
import type { CsvImportDone, CsvImportPreview } from '../../services/transfer/csv-import-service';
import { defineCall } from './define-call';

// 20 MB of file is at most this much base64.
const maxBase64Length = Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4;
const fileContent = z
  .string()
  .max(maxBase64Length, { error: 'import:errors.tooLarge' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'import:errors.notText' });

export const transferContract = {
  'transfer.previewImport': defineCall({
    summary:
      'Reads a CSV as saved by Excel and shows how its columns map to client fields and which rows have errors; nothing is stored.',
    input: z.strictObject({ contentBase64: fileContent, mapping: columnMappingSchema.optional() }),
    output: z.custom<CsvImportPreview>(),
  }),
  'transfer.commitImport': defineCall({
    summary: 'Imports the valid rows of the CSV (read again, never taken from the preview): all of them or none.',
    input: z.strictObject({ contentBase64: fileContent, mapping: columnMappingSchema.optional() }),
    output: z.custom<CsvImportDone>(),
  }),
  'transfer.exportCsv': defineCall({
    summary: 'The caseload (or the given clients) as a CSV that Dutch Excel opens correctly, in the chosen language.',
    input: z.strictObject({ ids: z.array(clientIdSchema).max(100_000).optional(), language: languageSchema }),
    output: z.custom<CsvExport>(),
  }),
};
