import { z } from 'zod';
import type { ClientFileParts } from '../clients/client-summary';
import { agreementSchema, contactTypeSchema } from '../contacts/contact';
import { plannedMomentKinds } from '../measures/measurement-moments';
import { runMoments } from '../programme/run-moments';
import { appointmentSchema } from './appointment';
import { addDays, daysBetween, localDate } from './local-date';

const clientRef = { clientId: z.uuid(), clientName: z.string() };

export const agendaDaySchema = z.object({
  date: z.string(),
  appointments: z.array(z.object({ ...clientRef, appointment: appointmentSchema })),
  agreements: z.array(z.object({ ...clientRef, contactId: z.uuid(), contactType: contactTypeSchema, agreement: agreementSchema })),
  /** Programme sessions planned that day (individual, or the client's group). */
  sessions: z.array(
    z.object({ ...clientRef, runId: z.uuid(), sessionNumber: z.number().int(), plannedAt: z.string(), groupName: z.string().optional() }),
  ),
  /** Questionnaires due that day for a client in a programme (intake, halfway, end, follow-up), not yet done. */
  measurements: z.array(z.object({ ...clientRef, moment: z.enum(plannedMomentKinds), status: z.enum(['upcoming', 'due', 'overdue']) })),
});
export type AgendaDay = z.infer<typeof agendaDaySchema>;

/** At most this many days per request: a quarter is more than any agenda screen shows. */
export const maxAgendaDays = 92;

function displayName(client: ClientFileParts['client']): string {
  return `${client.preferredName ?? client.givenName} ${client.familyName}`;
}

/**
 * The worker's days from `from` to `to` (inclusive, local calendar dates): appointments in time
 * order and agreements due that day, open ones first. Days without anything are included, so a
 * week view always has seven columns.
 */
export function buildAgenda(files: Iterable<ClientFileParts>, from: string, to: string, today: string): AgendaDay[] {
  const span = daysBetween(from, to);
  if (span < 0 || span >= maxAgendaDays) return [];
  const days = new Map<string, AgendaDay>();
  for (let offset = 0; offset <= span; offset++) {
    const date = addDays(from, offset);
    days.set(date, { date, appointments: [], agreements: [], sessions: [], measurements: [] });
  }
  for (const { client, contacts, appointments, programmes = [], measurements = [] } of files) {
    const clientName = displayName(client);
    for (const appointment of appointments) {
      days.get(localDate(new Date(appointment.start)))?.appointments.push({ clientId: client.id, clientName, appointment });
    }
    for (const run of programmes) {
      if (run.status !== 'running') continue;
      for (const moment of runMoments(run, measurements, today)) {
        if (moment.status === 'done') continue;
        days.get(moment.due)?.measurements.push({ clientId: client.id, clientName, moment: moment.moment, status: moment.status });
      }
      for (const session of run.sessions) {
        const item: AgendaDay['sessions'][number] = { clientId: client.id, clientName, runId: run.id, sessionNumber: session.number, plannedAt: session.plannedAt };
        if (run.group) item.groupName = run.group.name;
        days.get(localDate(new Date(session.plannedAt)))?.sessions.push(item);
      }
    }
    for (const contact of contacts) {
      for (const agreement of contact.agreements) {
        if (agreement.due === undefined) continue;
        days.get(agreement.due)?.agreements.push({ clientId: client.id, clientName, contactId: contact.id, contactType: contact.type, agreement });
      }
    }
  }
  for (const day of days.values()) {
    day.appointments.sort((a, b) => a.appointment.start.localeCompare(b.appointment.start));
    day.sessions.sort((a, b) => a.plannedAt.localeCompare(b.plannedAt) || a.clientName.localeCompare(b.clientName, 'nl'));
    day.measurements.sort((a, b) => a.clientName.localeCompare(b.clientName, 'nl') || a.clientId.localeCompare(b.clientId));
    day.agreements.sort(
      (a, b) => Number(a.agreement.doneAt !== undefined) - Number(b.agreement.doneAt !== undefined) || a.clientName.localeCompare(b.clientName, 'nl'),
    );
  }
  return [...days.values()];
}
