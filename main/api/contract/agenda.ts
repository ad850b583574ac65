import { z } from 'zod';
import { agendaDaySchema } from '../../domain/agenda/agenda';
import { appointmentFieldsSchema, appointmentSchema } from '../../domain/agenda/appointment';
import { attentionSchema } from '../../domain/attention/attention';
import { clientIdSchema } from '../../domain/clients/client';
import { defineCall } from './define-call';

const entityId = z.uuid({ error: 'errors:validation.idInvalid' });
const localDay = z.iso.date({ error: 'agenda:validation.dateInvalid' });

export const agendaContract = {
  'appointments.list': defineCall({
    summary: "A client's planned appointments, earliest first.",
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.array(appointmentSchema),
  }),
  'appointments.create': defineCall({
    summary: 'Plans an appointment with a client; it appears in the agenda.',
    input: z.strictObject({ clientId: clientIdSchema, fields: appointmentFieldsSchema }),
    output: appointmentSchema,
  }),
  'appointments.update': defineCall({
    summary: 'Moves or changes an appointment; refused with `conflict` if it changed meanwhile.',
    input: z.strictObject({
      clientId: clientIdSchema,
      appointmentId: entityId,
      expectedUpdatedAt: z.iso.datetime(),
      fields: appointmentFieldsSchema,
    }),
    output: appointmentSchema,
  }),
  'appointments.delete': defineCall({
    summary: 'Cancels an appointment.',
    input: z.strictObject({ clientId: clientIdSchema, appointmentId: entityId }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'agenda.days': defineCall({
    summary: 'Appointments and due agreements across the caseload, per day, from one local date to another (at most 92 days).',
    input: z.strictObject({ from: localDay, to: localDay }),
    output: z.array(agendaDaySchema),
  }),
  'attention.list': defineCall({
    summary: 'Who needs attention: no contact for the set number of weeks, overdue agreements, risk flags, referrals to follow up.',
    input: z.strictObject({}),
    output: attentionSchema,
  }),
};
