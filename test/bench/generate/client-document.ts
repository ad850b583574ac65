import type { Appointment } from '../../../main/domain/agenda/appointment';
import type { Client, ClientStatus, StatusChange } from '../../../main/domain/clients/client';
import { ageGroups, clientStatuses, closeReasons, householdTypes, referralSources } from '../../../main/domain/clients/client';
import { contactTypes, type Agreement, type Contact } from '../../../main/domain/contacts/contact';
import { builtinScales } from '../../../main/domain/measures/builtin-scales';
import type { Measurement, MeasurementMoment } from '../../../main/domain/measures/measurement';
import { defaultTemplate } from '../../../main/domain/programme/builtin-templates';
import type { ProgrammeRun, SessionRecord } from '../../../main/domain/programme/programme-run';
import type { ConsentRecord } from '../../../main/domain/privacy/consent';
import { shareItems, type Referral, type ReferralStatus } from '../../../main/domain/referrals/referral';
import { clientDocumentVersion, type ClientDocument } from '../../../main/services/storage/client-document';
import { asciiFold, familyNames, givenNames, streets, towns } from './names';
import { agreementText, contactNote, sessionNote } from './phrases';
import type { Random } from './random';

const day = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);

export interface ClientPlan {
  /** How many contacts this client's log holds. */
  contacts: number;
  /** The worker it is assigned to. */
  worker: string;
  /** Every contact carries 2–3 agreements and the client follows the programme (the 20-page report). */
  heavy?: boolean;
}

const phone = (random: Random) => `06 ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;

function statusHistory(random: Random, status: ClientStatus, start: number, now: number, worker: string): StatusChange[] {
  const path = clientStatuses.slice(0, clientStatuses.indexOf(status) + 1);
  const step = Math.max(day, (now - start) / (path.length + 1));
  return path.map((to, index) => {
    const change: StatusChange = { to, at: iso(start + index * step), by: worker };
    if (index > 0) change.from = path[index - 1];
    if (to === 'closed') change.reason = random.pick(closeReasons);
    return change;
  });
}

function client(random: Random, id: string, plan: ClientPlan, start: number, now: number): Client {
  const givenName = random.pick(givenNames);
  const familyName = random.pick(familyNames);
  const roll = random.next();
  const status: ClientStatus = plan.heavy ? 'active' : roll < 0.05 ? 'registered' : roll < 0.15 ? 'intake' : roll < 0.65 ? 'active' : roll < 0.8 ? 'aftercare' : 'closed';
  const history = statusHistory(random, status, start, now, plan.worker);
  const born = Date.UTC(random.int(1930, 2004), random.int(0, 11), random.int(1, 28));
  const record: Client = {
    id,
    givenName,
    familyName,
    dateOfBirth: date(born),
    ageGroup: random.pick(ageGroups),
    household: random.pick(householdTypes),
    referredBy: random.pick(referralSources),
    referredOn: date(start - random.int(1, 30) * day),
    phone: phone(random),
    email: `${asciiFold(givenName)}.${asciiFold(familyName)}${random.int(1, 99)}@example.nl`,
    address: `${random.pick(streets)} ${random.int(1, 180)}, ${random.int(1000, 9999)} ${String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25))} ${random.pick(towns)}`,
    gpName: `dr. ${random.pick(familyNames)}`,
    gpPractice: `Huisartsenpraktijk ${random.pick(streets)}`,
    emergencyName: `${random.pick(givenNames)} ${familyName}`,
    emergencyRelation: random.pick(['dochter', 'zoon', 'zus', 'buurvrouw', 'vriend']),
    emergencyPhone: phone(random),
    whatMatters: contactNote(random, random.int(80, 300)),
    flags: random.chance(0.12) ? [random.pick(['recent_loss', 'health_concern', 'safety_concern'] as const)] : [],
    assignedWorker: plan.worker,
    startDate: date(start),
    status,
    statusHistory: history,
    createdAt: iso(start),
    updatedAt: history.at(-1)?.at ?? iso(start),
  };
  if (random.chance(0.2)) record.preferredName = givenName.slice(0, Math.max(2, givenName.length - 1));
  if (random.chance(0.3)) record.livingSituation = contactNote(random, random.int(60, 250));
  if (status === 'closed') record.endDate = date(Date.parse(history.at(-1)!.at));
  return record;
}

function agreements(random: Random, at: number, now: number, count: number): Agreement[] {
  return Array.from({ length: count }, () => {
    const due = at + random.int(3, 28) * day;
    const agreement: Agreement = { id: random.uuid(), text: agreementText(random), owner: random.chance(0.6) ? 'client' : 'worker' };
    if (random.chance(0.8)) agreement.due = date(due);
    if (due < now && random.chance(0.75)) agreement.doneAt = iso(Math.min(now, due - random.int(0, 2) * day));
    return agreement;
  });
}

function contacts(random: Random, plan: ClientPlan, start: number, now: number): Contact[] {
  const span = Math.max(day, now - start);
  const times = Array.from({ length: plan.contacts }, () => start + Math.floor(random.next() * span)).sort((a, b) => a - b);
  return times.map((at) => {
    const count = plan.heavy ? random.int(2, 3) : random.chance(0.3) ? random.int(1, 3) : 0;
    const contact: Contact = {
      id: random.uuid(),
      at: iso(at),
      type: random.pick(contactTypes),
      summary: contactNote(random),
      agreements: agreements(random, at, now, count),
      createdAt: iso(at),
      updatedAt: iso(at),
      createdBy: plan.worker,
      updatedBy: plan.worker,
    };
    if (random.chance(0.8)) contact.durationMinutes = random.pick([15, 30, 45, 60, 90]);
    if (random.chance(0.15)) contact.present = random.pick(['dochter', 'buurvrouw', 'wijkverpleegkundige', 'maatje']);
    return contact;
  });
}

function appointments(random: Random, now: number): Appointment[] {
  return Array.from({ length: random.int(0, 6) }, () => {
    const start = now + random.int(-60, 45) * day + random.int(9, 16) * 60 * 60 * 1000;
    const appointment: Appointment = {
      id: random.uuid(),
      start: iso(start),
      durationMinutes: random.pick([30, 45, 60]),
      type: random.pick(['home_visit', 'office', 'phone', 'video'] as const),
      createdAt: iso(start - 14 * day),
      updatedAt: iso(start - 14 * day),
    };
    if (random.chance(0.5)) appointment.location = random.pick(['Bij cliënt thuis', 'Wijkcentrum De Linde', 'Kantoor']);
    if (random.chance(0.4)) appointment.note = contactNote(random, random.int(40, 200));
    return appointment;
  });
}

function programme(random: Random, begin: number, now: number, worker: string): ProgrammeRun {
  const sessions: SessionRecord[] = defaultTemplate.sessions.map((session, index) => {
    const planned = begin + index * 7 * day;
    const record: SessionRecord = { number: session.number, plannedAt: iso(planned), doneExercises: [], notes: '', homework: '', updatedAt: iso(Math.min(planned, now)), updatedBy: worker };
    if (planned < now) {
      record.attendance = random.chance(0.85) ? 'attended' : random.pick(['cancelled', 'no_show'] as const);
      if (record.attendance === 'attended') {
        const before = random.int(3, 9);
        record.stressBefore = before;
        record.stressAfter = Math.max(0, before - random.int(0, 3));
        record.doneExercises = session.exercises.filter(() => random.chance(0.6)).map((exercise) => exercise.id);
        record.notes = sessionNote(random);
        record.homework = contactNote(random, random.int(40, 120));
        if (session.number >= 7) record.contactStepPlanned = random.chance(0.7);
      }
    }
    return record;
  });
  const finished = sessions.every((session) => session.attendance !== undefined);
  return {
    id: random.uuid(),
    templateId: defaultTemplate.id,
    templateVersion: defaultTemplate.version,
    startDate: date(begin),
    mode: random.chance(0.3) ? 'group' : 'individual',
    status: finished ? 'finished' : 'running',
    sessions,
    createdAt: iso(begin - day),
    updatedAt: iso(Math.min(now, begin + 56 * day)),
  };
}

function measurement(random: Random, takenOn: number, moment: MeasurementMoment, worker: string, level: number): Measurement {
  const scale = builtinScales[random.chance(0.7) ? 'de-jong-gierveld-11' : 'de-jong-gierveld-6'];
  const answers: Record<string, string | null> = {};
  for (const item of scale.items) {
    const options = Object.entries(item.scores).sort((a, b) => a[1] - b[1]);
    // A lonelier client (level near 1) more often gives the answer that scores.
    answers[item.id] = random.chance(0.03) ? null : (random.chance(level) ? options.at(-1)![0] : options[0]![0]);
  }
  return { id: random.uuid(), scaleId: scale.id, scaleVersion: scale.version, moment, takenOn: date(takenOn), answers, createdAt: iso(takenOn), createdBy: worker };
}

const pipeline: readonly ReferralStatus[] = ['planned', 'sent', 'accepted', 'started', 'completed'];

function referral(random: Random, at: number, now: number, worker: string): Referral {
  const reach = random.int(0, pipeline.length - 1);
  const path: ReferralStatus[] = pipeline.slice(0, reach + 1);
  if (random.chance(0.1) && reach >= 1 && reach <= 2) path.push('declined');
  const step = Math.max(day, Math.min(14 * day, (now - at) / (path.length + 1)));
  const history = path.map((to, index) => {
    const when = at + index * step;
    return { ...(index > 0 ? { from: path[index - 1] } : {}), to, on: date(when), at: iso(when), by: worker };
  });
  return {
    id: random.uuid(),
    destination: random.pick([
      { name: 'Buurtkamer De Linde', kind: 'meeting_place', format: 'group', phases: ['connect'], contactPerson: 'Femke de Boer', phone: '020 765 4321', email: 'femke@delinde.nl', address: 'Lindelaan 4, 3512 AB Utrecht' },
      { name: 'Maatjesproject Samen', kind: 'buddy_service', format: 'individual', phases: ['skills', 'connect'], phone: '030 222 3344' },
      { name: 'Praktijkondersteuner GGZ', kind: 'mental_health', format: 'individual', phases: ['calm'] },
    ] as const satisfies readonly Referral['destination'][]) as Referral['destination'],
    reason: contactNote(random, random.int(80, 300)),
    question: 'Kunt u cliënt een plek bieden, in een rustige setting en in het eigen tempo?',
    background: contactNote(random, random.int(150, 500)),
    share: shareItems.filter(() => random.chance(0.6)),
    consentOn: date(at - day),
    plannedOn: date(at),
    status: path.at(-1)!,
    history,
    createdAt: iso(at),
    createdBy: worker,
    updatedAt: history.at(-1)!.at,
    updatedBy: worker,
  };
}

/**
 * One client's whole file: record with status history, contacts spread over the time they are in
 * care (up to two years back), appointments around now, for about half the 8-week programme with
 * session notes and stress check-ins, De Jong Gierveld measurements over time, a few referrals and
 * consents. Built only from the seeded stream, so the same seed gives the same bytes.
 */
export function generateClientDocument(random: Random, plan: ClientPlan, now: number): ClientDocument {
  const id = random.uuid();
  const start = now - random.int(plan.heavy ? 300 : 30, 730) * day;
  const record = client(random, id, plan, start, now);
  const document: ClientDocument = {
    schemaVersion: clientDocumentVersion,
    client: record,
    contacts: contacts(random, plan, start, now),
    appointments: record.status === 'closed' ? [] : appointments(random, now),
    programmes: [],
    measurements: [],
    referrals: [],
    consents: [],
  };
  const consent = (purpose: ConsentRecord['purpose'], at: number): ConsentRecord => ({ id: random.uuid(), purpose, given: true, date: date(at), recordedAt: iso(at), recordedBy: plan.worker });
  document.consents.push(consent('keep_data', start));
  const level = random.next();
  document.measurements.push(measurement(random, start + day, 'intake', plan.worker, level));
  if (plan.heavy || random.chance(0.5)) {
    const begin = Math.min(now - 21 * day, start + random.int(7, 60) * day);
    const run = programme(random, begin, now, plan.worker);
    document.programmes.push(run);
    const moments: [MeasurementMoment, number][] = [['halfway', 28], ['end', 56], ['follow_up', 150]];
    for (const [moment, offset] of moments) if (begin + offset * day < now) document.measurements.push(measurement(random, begin + offset * day, moment, plan.worker, Math.max(0, level - offset / 300)));
  }
  if (plan.heavy || random.chance(0.15)) {
    const at = start + Math.floor(random.next() * (now - start) * 0.8);
    document.consents.push(consent('share_with_referrals', at - day));
    document.referrals.push(referral(random, at, now, plan.worker));
    if (random.chance(0.3)) document.referrals.push(referral(random, at + 10 * day, now, plan.worker));
  }
  return document;
}
