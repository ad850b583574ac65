import { z } from 'zod';
import { contactTypeSchema } from '../contacts/contact';

export const appointmentFieldsSchema = z.strictObject({
  start: z.iso.datetime({ offset: true, error: 'appointments:validation.dateTimeInvalid' }),
  durationMinutes: z
    .number({ error: 'appointments:validation.durationInvalid' })
    .int({ error: 'appointments:validation.durationInvalid' })
    .min(5, { error: 'appointments:validation.durationInvalid' })
    .max(12 * 60, { error: 'appointments:validation.durationInvalid' }),
  type: contactTypeSchema,
  location: z.string().trim().max(200, { error: 'appointments:validation.tooLong' }).optional(),
  note: z.string().max(2000, { error: 'appointments:validation.tooLong' }).optional(),
});
export type AppointmentFieldsInput = z.input<typeof appointmentFieldsSchema>;
export type AppointmentFields = z.output<typeof appointmentFieldsSchema>;

export const appointmentSchema = appointmentFieldsSchema.extend({
  id: z.uuid(),
  location: z.string().max(200).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Appointment = z.infer<typeof appointmentSchema>;
