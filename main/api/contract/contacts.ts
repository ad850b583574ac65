import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import { contactFieldsSchema, contactSchema, contactTypeSchema } from '../../domain/contacts/contact';
import { defineCall } from './define-call';

const entityId = z.uuid({ error: 'errors:validation.idInvalid' });
const expectedUpdatedAt = z.iso.datetime({ error: 'errors:validation.invalid' });

export const contactsContract = {
  'contacts.list': defineCall({
    summary: "A client's contact log, newest first, optionally only one type of contact.",
    input: z.strictObject({ clientId: clientIdSchema, type: contactTypeSchema.optional() }),
    output: z.array(contactSchema),
  }),
  'contacts.create': defineCall({
    summary: 'Logs a visit, call or other contact with its summary and agreements.',
    input: z.strictObject({ clientId: clientIdSchema, fields: contactFieldsSchema }),
    output: contactSchema,
  }),
  'contacts.update': defineCall({
    summary: 'Corrects a logged contact; agreements keep their ticked state. Refused with `conflict` if it changed meanwhile.',
    input: z.strictObject({ clientId: clientIdSchema, contactId: entityId, expectedUpdatedAt, fields: contactFieldsSchema }),
    output: contactSchema,
  }),
  'contacts.delete': defineCall({
    summary: 'Removes a logged contact (the deletion is kept in the audit trail).',
    input: z.strictObject({ clientId: clientIdSchema, contactId: entityId, expectedUpdatedAt }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'contacts.setAgreementDone': defineCall({
    summary: 'Ticks an agreement off (or opens it again).',
    input: z.strictObject({ clientId: clientIdSchema, contactId: entityId, agreementId: entityId, done: z.boolean() }),
    output: contactSchema,
  }),
};
