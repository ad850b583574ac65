import { ApiError } from '../../api/errors';
import type { Appointment } from '../../domain/agenda/appointment';
import type { Client } from '../../domain/clients/client';
import type { ClientSummary } from '../../domain/clients/client-summary';
import { compareContactsNewestFirst, type Agreement, type Contact } from '../../domain/contacts/contact';
import type { ClientIndex } from './client-index';
import type { Clock, ClientFiles } from './client-files';

export interface ClientOverview {
  client: Client;
  summary: ClientSummary;
  nextAppointment?: Appointment;
  openAgreements: { contactId: string; contactAt: string; agreement: Agreement }[];
  recentContacts: Contact[];
}

const recentContactCount = 3;

/** The first screen of a client file: everything a worker checks before picking up the phone. */
export async function clientOverview(files: ClientFiles, index: ClientIndex, clock: Clock, id: string): Promise<ClientOverview> {
  const document = await files.get(id);
  const summary = index.summary(id);
  if (!summary) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
  const now = clock.now().getTime();
  const nextAppointment = document.appointments
    .filter((appointment) => Date.parse(appointment.start) + appointment.durationMinutes * 60_000 >= now)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  const contacts = [...document.contacts].sort(compareContactsNewestFirst);
  const openAgreements = contacts
    .flatMap((contact) => contact.agreements.map((agreement) => ({ contactId: contact.id, contactAt: contact.at, agreement })))
    .filter(({ agreement }) => agreement.doneAt === undefined)
    .sort((a, b) => (a.agreement.due ?? '9999').localeCompare(b.agreement.due ?? '9999'));
  const overview: ClientOverview = { client: document.client, summary, openAgreements, recentContacts: contacts.slice(0, recentContactCount) };
  if (nextAppointment) overview.nextAppointment = nextAppointment;
  return overview;
}
