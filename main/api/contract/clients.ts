import { z } from 'zod';
import {
  clientFieldsSchema,
  clientIdSchema,
  clientSchema,
  clientStatusSchema,
  clientSummarySchema,
} from '../../domain/clients/client';
import { defineCall } from './define-call';

export const clientsContract = {
  'clients.list': defineCall({
    summary: 'The caseload, sorted by family name, narrowed by a name search and a status filter.',
    input: z.strictObject({
      query: z.string().max(200).optional(),
      status: clientStatusSchema.optional(),
    }),
    output: z.array(clientSummarySchema),
  }),
  'clients.get': defineCall({
    summary: 'One client file.',
    input: z.strictObject({ id: clientIdSchema }),
    output: clientSchema,
  }),
  'clients.create': defineCall({
    summary: 'Registers a new client and returns the stored record.',
    input: clientFieldsSchema,
    output: clientSchema,
  }),
  'clients.update': defineCall({
    summary:
      'Changes a client; refused with `conflict` when the record changed since the worker opened it, so no edit is silently lost.',
    input: z.strictObject({
      id: clientIdSchema,
      expectedUpdatedAt: z.iso.datetime(),
      fields: clientFieldsSchema,
    }),
    output: clientSchema,
  }),
};
