import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../../../main/domain/agenda/appointment';
import { summarise, type ClientFileParts } from '../../../../../main/domain/clients/client-summary';
import type { Contact } from '../../../../../main/domain/contacts/contact';

const now = new Date(2026, 10, 25, 12, 0);
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();
let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

const client: ClientFileParts['client'] = {
  id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10',
  givenName: 'Zoë',
  familyName: 'Jansen',
  preferredName: 'Zo',
  phone: '06 12 34 56 78',
  email: 'zoe@example.nl',
  address: 'Kerkstraat 1',
  whatMatters: 'Haar kat',
  gpName: 'Dr. Visser',
  flags: ['recent_loss'],
  flagNote: 'Man overleden in oktober',
  ageGroup: 'older_adult',
  assignedWorker: 'Sanne',
  status: 'active',
  statusHistory: [{ to: 'active', at: at(1, 9), by: 'Sanne' }],
  createdAt: at(1, 9),
  updatedAt: at(2, 9),
};

function contact(when: string, agreements: Contact['agreements'] = []): Contact {
  return { id: id(), at: when, type: 'phone', summary: 'Geheim', agreements, createdAt: when, updatedAt: when, createdBy: 'S', updatedBy: 'S' };
}
function appointment(start: string): Appointment {
  return { id: id(), start, durationMinutes: 60, type: 'home_visit', createdAt: at(1, 9), updatedAt: at(1, 9) };
}

describe('summarise', () => {
  it('gives the list row: names, contact details for search, flags, status, never the address, notes or flag note', () => {
    const row = summarise({ client, contacts: [], appointments: [] }, now);
    expect(row).toStrictEqual({
      id: client.id,
      givenName: 'Zoë',
      familyName: 'Jansen',
      preferredName: 'Zo',
      phone: '06 12 34 56 78',
      email: 'zoe@example.nl',
      ageGroup: 'older_adult',
      assignedWorker: 'Sanne',
      flags: ['recent_loss'],
      status: 'active',
      openAgreements: 0,
      overdueAgreements: 0,
      updatedAt: client.updatedAt,
    });
  });

  it('takes the latest contact up to now as the last contact, not one logged for later', () => {
    const contacts = [contact(at(20, 10)), contact(at(24, 10)), contact(at(27, 10))];
    expect(summarise({ client, contacts, appointments: [] }, now).lastContactAt).toBe(at(24, 10));
  });

  it('counts open and overdue agreements; ticked ones are neither', () => {
    const contacts = [
      contact(at(20, 10), [
        { id: id(), text: 'te laat', owner: 'worker', due: '2026-11-24' },
        { id: id(), text: 'vandaag', owner: 'worker', due: '2026-11-25' },
        { id: id(), text: 'zonder datum', owner: 'client' },
        { id: id(), text: 'gedaan', owner: 'client', due: '2026-11-01', doneAt: at(2, 9) },
      ]),
    ];
    expect(summarise({ client, contacts, appointments: [] }, now)).toMatchObject({ openAgreements: 3, overdueAgreements: 1 });
  });

  it('takes the earliest of the coming appointments and open due dates as the next action, ignoring what has passed', () => {
    const parts = (appointments: Appointment[], due?: string): ClientFileParts => ({
      client,
      contacts: due ? [contact(at(20, 10), [{ id: id(), text: 'x', owner: 'worker', due }])] : [],
      appointments,
    });
    expect(summarise(parts([appointment(at(30, 10)), appointment(at(27, 0))]), now).nextActionOn).toBe('2026-11-27');
    expect(summarise(parts([appointment(at(20, 10))]), now)).not.toHaveProperty('nextActionOn');
    expect(summarise(parts([appointment(at(30, 10))], '2026-11-28'), now).nextActionOn).toBe('2026-11-28');
    // An overdue agreement is still the next thing to do.
    expect(summarise(parts([appointment(at(30, 10))], '2026-11-20'), now).nextActionOn).toBe('2026-11-20');
  });
});
