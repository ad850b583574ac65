import { z } from 'zod';
import { auditActionNames, auditEntityNames } from '../../domain/audit/audit-vocabulary';
import type { ChainStatus } from '../../domain/audit/verify-chain';
import { clientIdSchema } from '../../domain/clients/client';
import type { AuditExport, AuditListing } from '../../services/audit/audit-log-service';
import { defineCall } from './define-call';

const localDay = z.iso.date({ error: 'audit:errors.dateInvalid' });
export const maxAuditPage = 500;

export const auditContract = {
  'audit.list': defineCall({
    summary:
      'Who viewed or changed which record and when, newest first, filtered by period (local days), client, action or kind of record; with the total and the check of the hash chain.',
    input: z.strictObject({
      from: localDay.optional(),
      to: localDay.optional(),
      clientId: clientIdSchema.optional(),
      action: z.enum(auditActionNames).optional(),
      entity: z.enum(auditEntityNames).optional(),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(maxAuditPage),
    }),
    output: z.custom<AuditListing>(),
  }),
  'audit.verify': defineCall({
    summary: 'Checks every link of the audit log: intact with the number of records, or the first record that was changed, removed or moved.',
    input: z.strictObject({}),
    output: z.custom<ChainStatus>(),
  }),
  'audit.export': defineCall({
    summary:
      'The audit log (or a period or one client of it) as a CSV for Excel or a JSON file, with the chain check and every hash so an auditor can check it again.',
    input: z.strictObject({
      format: z.enum(['csv', 'json']),
      from: localDay.optional(),
      to: localDay.optional(),
      clientId: clientIdSchema.optional(),
    }),
    output: z.custom<AuditExport>(),
  }),
};
