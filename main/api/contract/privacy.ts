import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import { consentInputSchema, consentRecordSchema } from '../../domain/privacy/consent';
import type { ErasureCounts } from '../../domain/privacy/erasure-counts';
import type { RetentionDue } from '../../domain/privacy/retention';
import type { ClientConsents, ErasePreview } from '../../services/privacy/privacy-service';
import { defineCall } from './define-call';

export const privacyContract = {
  'privacy.consents': defineCall({
    summary: "What the client agreed to per purpose (keeping data, sharing with referral receivers), with the whole history.",
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.custom<ClientConsents>(),
  }),
  'privacy.recordConsent': defineCall({
    summary: 'Records a consent or its withdrawal as a new dated record (the history is never edited).',
    input: z.strictObject({ clientId: clientIdSchema, ...consentInputSchema.shape }),
    output: consentRecordSchema,
  }),
  'privacy.accessExportJson': defineCall({
    summary: 'Everything about one client as a readable JSON file (access request, portability), logged as an export.',
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  }),
  'privacy.erasePreview': defineCall({
    summary: 'What erasing a client would remove: the name, counts per kind of record, and backups holding the client.',
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.custom<ErasePreview>(),
  }),
  'privacy.erase': defineCall({
    summary:
      "Erases a client completely (file, search, backups), after the worker typed the client's full name; leaves an audit record without personal data.",
    input: z.strictObject({
      clientId: clientIdSchema,
      confirmName: z.string({ error: 'privacy:validation.nameMismatch' }).max(300, { error: 'privacy:validation.nameMismatch' }),
    }),
    output: z.custom<{ counts: ErasureCounts; backupsPurged: number | undefined }>(),
  }),
  'privacy.retentionDue': defineCall({
    summary: 'Closed cases kept longer than the keeping period from Settings, oldest closing first.',
    input: z.strictObject({}),
    output: z.custom<RetentionDue[]>(),
  }),
  'privacy.eraseMany': defineCall({
    summary: 'Erases the chosen closed cases whose keeping period has passed (each only if still due); says how many went.',
    input: z.strictObject({
      clientIds: z.array(clientIdSchema).min(1).max(10_000),
      confirmed: z.literal(true, { error: 'privacy:validation.confirmRequired' }),
    }),
    output: z.object({ erased: z.number().int().min(0) }),
  }),
};
