import { z } from 'zod';
import { appointmentSchema } from '../../domain/agenda/appointment';
import {
  ageGroups,
  clientFieldsSchema,
  clientFlags,
  clientIdSchema,
  clientProfileInputSchema,
  clientSchema,
  clientStatusSchema,
  closeReasonSchema,
} from '../../domain/clients/client';
import { clientSortKeys } from '../../domain/clients/client-search';
import { clientSummarySchema } from '../../domain/clients/client-summary';
import { agreementSchema, contactSchema } from '../../domain/contacts/contact';
import { defineCall } from './define-call';

const expectedUpdatedAt = z.iso.datetime({ error: 'errors:validation.invalid' });

export const clientsContract = {
  'clients.list': defineCall({
    summary:
      'The caseload: searched as you type over names, phone and e-mail (accent-insensitive), filtered and sorted.',
    input: z.strictObject({
      query: z.string().max(200).optional(),
      status: clientStatusSchema.optional(),
      flag: z.union([z.enum(clientFlags), z.literal('any')]).optional(),
      ageGroup: z.enum(ageGroups).optional(),
      worker: z.string().max(100).optional(),
      sort: z.enum(clientSortKeys).optional(),
      descending: z.boolean().optional(),
    }),
    output: z.array(clientSummarySchema),
  }),
  'clients.get': defineCall({
    summary: 'One client record with its status history (the view is logged in the audit trail).',
    input: z.strictObject({ id: clientIdSchema }),
    output: clientSchema,
  }),
  'clients.overview': defineCall({
    summary: 'The client page at a glance: key facts, flags, next appointment, open agreements, latest contacts.',
    input: z.strictObject({ id: clientIdSchema }),
    output: z.object({
      client: clientSchema,
      summary: clientSummarySchema,
      nextAppointment: appointmentSchema.optional(),
      openAgreements: z.array(z.object({ contactId: z.uuid(), contactAt: z.string(), agreement: agreementSchema })),
      recentContacts: z.array(contactSchema),
    }),
  }),
  'clients.create': defineCall({
    summary: 'Registers a new client and returns the stored record.',
    input: clientFieldsSchema,
    output: clientSchema,
  }),
  'clients.update': defineCall({
    summary:
      'Changes the client profile; refused with `conflict` when the record changed since the worker opened it, so no edit is silently lost.',
    input: z.strictObject({ id: clientIdSchema, expectedUpdatedAt, fields: clientProfileInputSchema }),
    output: clientSchema,
  }),
  'clients.changeStatus': defineCall({
    summary:
      'Moves the client along registered → intake → active → aftercare → closed (or reopens); only allowed steps, closing needs a reason, every step is dated in the history.',
    input: z.strictObject({
      id: clientIdSchema,
      expectedUpdatedAt,
      to: clientStatusSchema,
      reason: closeReasonSchema.optional(),
      note: z.string().max(1000, { error: 'clients:validation.tooLong' }).optional(),
    }),
    output: clientSchema,
  }),
};
