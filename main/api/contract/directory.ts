import { z } from 'zod';
import type { DirectoryImportDone, DirectoryImportPreview } from '../../domain/directory/directory-transfer';
import { serviceEntrySchema, serviceFieldsSchema, serviceKinds, servicePhases } from '../../domain/directory/service-entry';
import { languageSchema } from '../../services/preferences/preferences-schema';
import type { CsvExport } from '../../services/transfer/csv-export-service';
import { defineCall } from './define-call';

const serviceId = z.uuid({ error: 'errors:validation.idInvalid' });
// 5 MB of CSV is far more than any local directory.
const csvContent = z
  .string()
  .max(Math.ceil((5 * 1024 * 1024) / 3) * 4 + 4, { error: 'import:errors.tooLarge' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'import:errors.notText' });

export const directoryContract = {
  'directory.list': defineCall({
    summary: 'The services the worker refers to, by name; optionally only those matching a search, kind or phase.',
    input: z.strictObject({
      query: z.string().max(200).optional(),
      kind: z.enum(serviceKinds).optional(),
      phase: z.enum(servicePhases).optional(),
    }),
    output: z.array(serviceEntrySchema),
  }),
  'directory.create': defineCall({
    summary: 'Adds a service to the directory.',
    input: z.strictObject({ fields: serviceFieldsSchema }),
    output: serviceEntrySchema,
  }),
  'directory.update': defineCall({
    summary: 'Changes a service; refused with `conflict` if it changed meanwhile.',
    input: z.strictObject({ serviceId, expectedUpdatedAt: z.iso.datetime(), fields: serviceFieldsSchema }),
    output: serviceEntrySchema,
  }),
  'directory.delete': defineCall({
    summary: 'Removes a service; referrals already planned keep their copy of it.',
    input: z.strictObject({ serviceId, expectedUpdatedAt: z.iso.datetime() }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'directory.exportCsv': defineCall({
    summary: 'The directory as a CSV (Dutch Excel opens it correctly) to share with colleagues.',
    input: z.strictObject({ language: languageSchema }),
    output: z.custom<CsvExport>(),
  }),
  'directory.previewImport': defineCall({
    summary: "Reads a colleague's directory CSV and shows which rows are new, already there, or wrong; nothing is stored.",
    input: z.strictObject({ contentBase64: csvContent }),
    output: z.custom<DirectoryImportPreview>(),
  }),
  'directory.commitImport': defineCall({
    summary: 'Adds the new, valid rows of the CSV (read again); existing entries are never overwritten.',
    input: z.strictObject({ contentBase64: csvContent }),
    output: z.custom<DirectoryImportDone>(),
  }),
};
