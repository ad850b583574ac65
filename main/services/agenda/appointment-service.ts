import { ApiError } from '../../api/errors';
import type { Appointment, AppointmentFields } from '../../domain/agenda/appointment';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock, type ClientFiles } from '../clients/client-files';

export interface AppointmentService {
  list(clientId: string): Promise<Appointment[]>;
  create(clientId: string, fields: AppointmentFields): Promise<Appointment>;
  update(clientId: string, appointmentId: string, expectedUpdatedAt: string, fields: AppointmentFields): Promise<Appointment>;
  remove(clientId: string, appointmentId: string): Promise<void>;
}

function toStored(fields: AppointmentFields, base: Pick<Appointment, 'id' | 'createdAt' | 'updatedAt'>): Appointment {
  const appointment: Appointment = { ...base, start: new Date(fields.start).toISOString(), durationMinutes: fields.durationMinutes, type: fields.type };
  if (fields.location) appointment.location = fields.location;
  if (fields.note !== undefined && fields.note.trim() !== '') appointment.note = fields.note;
  return appointment;
}

export function createAppointmentService(files: ClientFiles, audit: AuditTrail, clock: Clock, newId: () => string): AppointmentService {
  const notFound = () => new ApiError('not_found', { messageKey: 'errors:appointmentNotFound' });
  return {
    async list(clientId) {
      const { appointments } = await files.get(clientId);
      // Seeing a client's appointments is a view of their file (NEN 7513); repeats are thinned by the trail.
      void audit.record({ action: 'view', entity: 'appointment', clientId }).catch(() => undefined);
      return [...appointments].sort((a, b) => a.start.localeCompare(b.start));
    },
    async create(clientId, fields) {
      const appointment = await files.change(clientId, (current) => {
        const stamp = nextStamp(clock);
        const created = toStored(fields, { id: newId(), createdAt: stamp, updatedAt: stamp });
        return { document: { ...current, appointments: [...current.appointments, created] }, result: created };
      });
      await audit.record({ action: 'create', entity: 'appointment', clientId, entityId: appointment.id });
      return appointment;
    },
    async update(clientId, appointmentId, expectedUpdatedAt, fields) {
      const appointment = await files.change(clientId, (current) => {
        const existing = current.appointments.find((candidate) => candidate.id === appointmentId);
        if (!existing) throw notFound();
        if (existing.updatedAt !== expectedUpdatedAt) throw new ApiError('conflict', { messageKey: 'errors:appointmentChangedElsewhere' });
        const updated = toStored(fields, { id: existing.id, createdAt: existing.createdAt, updatedAt: nextStamp(clock, existing.updatedAt) });
        return {
          document: { ...current, appointments: current.appointments.map((item) => (item.id === appointmentId ? updated : item)) },
          result: updated,
        };
      });
      await audit.record({ action: 'change', entity: 'appointment', clientId, entityId: appointmentId });
      return appointment;
    },
    async remove(clientId, appointmentId) {
      await files.change(clientId, (current) => {
        if (!current.appointments.some((item) => item.id === appointmentId)) throw notFound();
        return { document: { ...current, appointments: current.appointments.filter((item) => item.id !== appointmentId) }, result: undefined };
      });
      await audit.record({ action: 'delete', entity: 'appointment', clientId, entityId: appointmentId });
    },
  };
}
