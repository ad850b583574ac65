import { z } from 'zod';
import { appointmentSchema } from '../../domain/agenda/appointment';
import { clientSchema } from '../../domain/clients/client';
import { consentRecordSchema } from '../../domain/privacy/consent';
import { contactSchema } from '../../domain/contacts/contact';
import { measurementSchema } from '../../domain/measures/measurement';
import { programmeRunSchema } from '../../domain/programme/programme-run';
import { referralSchema } from '../../domain/referrals/referral';
import type { Migration } from './migrations';
import { clientDocumentV2 } from './migrations/client-document-v2';
import { clientDocumentV3 } from './migrations/client-document-v3';
import { clientDocumentV4 } from './migrations/client-document-v4';
import { clientDocumentV5 } from './migrations/client-document-v5';

/**
 * One document per client (`caseload/clients/<id>.json`) holding everything about that client
 * (record, contact log, appointments, programme runs, measurements, referrals, consents):
 * writing a client back (after edits are journaled, see edit-journal.ts) rewrites only that
 * client's few kilobytes, never the whole caseload, and erasing a client is removing one file.
 */
export const clientDocumentVersion = 5;

export const clientDocumentSchema = z.strictObject({
  schemaVersion: z.literal(clientDocumentVersion),
  client: clientSchema,
  contacts: z.array(contactSchema),
  appointments: z.array(appointmentSchema),
  programmes: z.array(programmeRunSchema),
  measurements: z.array(measurementSchema),
  referrals: z.array(referralSchema),
  /** What the client agreed to, per purpose, as history (AVG). */
  consents: z.array(consentRecordSchema),
});
export type ClientDocument = z.infer<typeof clientDocumentSchema>;

/** Lifts older client documents, in order; each has its own file and test. */
export const clientDocumentMigrations: readonly Migration[] = [clientDocumentV2, clientDocumentV3, clientDocumentV4, clientDocumentV5];

/** The store's own marker file: which layout version wrote this folder. */
export const storeMetaVersion = 1;
export const storeMetaSchema = z.strictObject({
  schemaVersion: z.literal(storeMetaVersion),
  createdAt: z.iso.datetime(),
});
export type StoreMeta = z.infer<typeof storeMetaSchema>;
