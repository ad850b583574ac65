import { z } from 'zod';
import { clientSchema } from '../../domain/clients/client';
import type { Migration } from './migrations';

/**
 * One document per client (`caseload/clients/<id>.json`): an edit rewrites only that client's
 * few kilobytes, never the whole caseload.
 */
export const clientDocumentVersion = 1;

export const clientDocumentSchema = z.strictObject({
  schemaVersion: z.literal(clientDocumentVersion),
  client: clientSchema,
});
export type ClientDocument = z.infer<typeof clientDocumentSchema>;

/** Lifts older client documents; the chain is checked by a test and each step has its own. */
export const clientDocumentMigrations: readonly Migration[] = [];

/** The store's own marker file: which layout version wrote this folder. */
export const storeMetaVersion = 1;
export const storeMetaSchema = z.strictObject({
  schemaVersion: z.literal(storeMetaVersion),
  createdAt: z.iso.datetime(),
});
export type StoreMeta = z.infer<typeof storeMetaSchema>;
