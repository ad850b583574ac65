import { z } from 'zod';
import type { Appointment } from '../agenda/appointment';
import { localDate } from '../agenda/local-date';
import { isOverdue, type Contact } from '../contacts/contact';
import type { ProgrammeRun } from '../programme/programme-run';
import type { Measurement } from '../measures/measurement';
import type { Referral } from '../referrals/referral';
import { ageGroups, clientFlags, clientStatusSchema, clientSchema, type Client } from './client';

/** One row of the caseload list: what the worker scans, sorts and filters on, nothing more. */
export const clientSummarySchema = clientSchema
  .pick({
    id: true,
    givenName: true,
    familyName: true,
    preferredName: true,
    dateOfBirth: true,
    phone: true,
    email: true,
    assignedWorker: true,
    updatedAt: true,
  })
  .extend({
    status: clientStatusSchema,
    ageGroup: z.enum(ageGroups).optional(),
    flags: z.array(z.enum(clientFlags)),
    /** When the worker last had contact (ISO date-time). */
    lastContactAt: z.string().optional(),
    /** The next thing planned: an appointment's day or an open agreement's due date (YYYY-MM-DD). */
    nextActionOn: z.string().optional(),
    openAgreements: z.number().int(),
    overdueAgreements: z.number().int(),
  });
export type ClientSummary = z.infer<typeof clientSummarySchema>;

/** What the caseload-wide views read of a contact: when, how, and its agreements; never the notes. */
export type ContactOutline = Pick<Contact, 'id' | 'at' | 'type' | 'agreements'>;

export interface ClientFileParts {
  client: Client;
  contacts: readonly ContactOutline[];
  appointments: readonly Appointment[];
  programmes?: readonly ProgrammeRun[];
  measurements?: readonly Measurement[];
  referrals?: readonly Referral[];
}

/** The list row for one client file as of `now` (overdue and "next" depend on the day). */
export function summarise({ client, contacts, appointments }: ClientFileParts, now: Date): ClientSummary {
  const today = localDate(now);
  let lastContactAt: string | undefined;
  let nextActionOn: string | undefined;
  let openAgreements = 0;
  let overdueAgreements = 0;
  const consider = (day: string) => {
    if (nextActionOn === undefined || day < nextActionOn) nextActionOn = day;
  };
  for (const contact of contacts) {
    if (Date.parse(contact.at) <= now.getTime() && (lastContactAt === undefined || Date.parse(contact.at) > Date.parse(lastContactAt))) {
      lastContactAt = contact.at;
    }
    for (const agreement of contact.agreements) {
      if (agreement.doneAt !== undefined) continue;
      openAgreements++;
      if (isOverdue(agreement, today)) overdueAgreements++;
      if (agreement.due !== undefined) consider(agreement.due);
    }
  }
  for (const appointment of appointments) {
    if (Date.parse(appointment.start) >= now.getTime()) consider(localDate(new Date(appointment.start)));
  }
  const summary: ClientSummary = {
    id: client.id,
    givenName: client.givenName,
    familyName: client.familyName,
    status: client.status,
    flags: client.flags,
    openAgreements,
    overdueAgreements,
    updatedAt: client.updatedAt,
  };
  const optional = {
    preferredName: client.preferredName,
    dateOfBirth: client.dateOfBirth,
    ageGroup: client.ageGroup,
    phone: client.phone,
    email: client.email,
    assignedWorker: client.assignedWorker,
    lastContactAt,
    nextActionOn,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(summary, { [key]: value });
  return summary;
}
