import type { Appointment } from '../agenda/appointment';
import type { Measurement } from '../measures/measurement';
import type { ProgrammeRun } from '../programme/programme-run';
import type { Referral } from '../referrals/referral';
import type { Client } from './client';
import type { ContactOutline } from './client-summary';

/**
 * What the caseload-wide views need of one client, kept in memory for every client: the record,
 * appointments, programme runs, measurements and referrals, and of the contact log only the contacts
 * that carry agreements plus the most recent one — without their notes. Notes are most of a
 * caseload's size (500,000 contacts at an organisation), so full client files are read from disk
 * when one client is opened, and the list, search, agenda and attention views read this instead.
 * `summarise` gives the same row for a projection as for the whole file.
 */
export interface ClientProjection {
  client: Client;
  contacts: ContactOutline[];
  appointments: Appointment[];
  programmes: ProgrammeRun[];
  measurements: Measurement[];
  referrals: Referral[];
}

// A fresh small object: a spread of the contact would keep its notes and stamps alive in memory.
const outline = ({ id, at, type, agreements }: ContactOutline): ContactOutline => ({ id, at, type, agreements });

/**
 * `asOf`: the moment the projection is made. Contact outlines are enough, so a projection plus a new
 * contact projects to what the whole file plus that contact would. The latest contact up to then is kept for "last
 * contact"; contacts dated after it (typed ahead by mistake) are kept too, since they become the
 * latest as the days pass.
 */
export function projectClient(file: Omit<ClientProjection, 'contacts'> & { contacts: readonly ContactOutline[] }, asOf: Date): ClientProjection {
  const now = asOf.getTime();
  let latest: ContactOutline | undefined;
  const kept = new Set<ContactOutline>();
  for (const contact of file.contacts) {
    const at = Date.parse(contact.at);
    if (contact.agreements.length > 0 || at > now) kept.add(contact);
    else if (latest === undefined || at > Date.parse(latest.at)) latest = contact;
  }
  if (latest) kept.add(latest);
  return {
    client: file.client,
    contacts: file.contacts.filter((contact) => kept.has(contact)).map(outline),
    appointments: file.appointments,
    programmes: file.programmes,
    measurements: file.measurements,
    referrals: file.referrals,
  };
}
