import { describe, expect, it } from 'vitest';
import type { Client } from '../../../../main/domain/clients/client';
import { ageGroups, clientFlags, clientStatuses, closeReasons } from '../../../../main/domain/clients/client-status';
import { contactTypes, type Contact } from '../../../../main/domain/contacts/contact';
import { manualClock, memoryStore, useCores, valueOf, type TestCore } from '../support/core';
import { useTempDirs } from '../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed exactly. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}
type Random = ReturnType<typeof prng>;

const pieces = ['Zoë', 'Anna', 'de Vries', 'Çelik', "O'Neill", 'Łukasz', 'van der Berg', 'José', 'Ærø', '李', 'Noël', 'IJsbrand'];
const noteBits = ['Thee gedronken.', '\n', '\r\n', '  ingesprongen', '🐈‍⬛', '"aanhalingstekens"', 'back\\slash', '\t', 'é', '😀', ' '];

function text(random: Random, bits: readonly string[], max: number): string {
  return Array.from({ length: 1 + random.int(max) }, () => random.pick(bits)).join('');
}

function dateTime(random: Random): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = random.pick(['Z', '+01:00', '+02:00', '-05:00', '+05:30', '+13:00']);
  return `2025-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}T${pad(random.int(24))}:${pad(random.int(60))}:${pad(random.int(60))}${offset}`;
}

function profile(random: Random): Record<string, unknown> {
  const fields: Record<string, unknown> = { givenName: random.pick(pieces), familyName: text(random, pieces, 2) };
  if (random.chance(0.5)) fields.preferredName = random.pick(pieces);
  if (random.chance(0.5)) fields.phone = random.pick(['06 12 34 56 78', '+31 20 123 4567', '020-7654321', '']);
  if (random.chance(0.5)) fields.email = random.pick(['zoe@example.nl', 'a.b+c@voorbeeld.org', '  ']);
  if (random.chance(0.5)) fields.ageGroup = random.pick(ageGroups);
  if (random.chance(0.5)) fields.assignedWorker = random.pick(['Sanne', 'Joost', '']);
  if (random.chance(0.4)) fields.flags = Array.from({ length: random.int(3) }, () => random.pick(clientFlags));
  if (random.chance(0.3)) fields.whatMatters = text(random, noteBits, 8);
  return fields;
}

function contactFields(random: Random, existing?: Contact): Record<string, unknown> {
  const kept = (existing?.agreements ?? []).filter(() => random.chance(0.6)).map((a) => ({ id: a.id, text: `${a.text}.`, owner: a.owner }));
  const added = Array.from({ length: random.int(3) }, () => {
    const agreement: Record<string, unknown> = { text: text(random, pieces, 2), owner: random.pick(['worker', 'client']) };
    if (random.chance(0.6)) agreement.due = `2025-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
    return agreement;
  });
  const fields: Record<string, unknown> = { at: dateTime(random), type: random.pick(contactTypes), summary: text(random, noteBits, 12), agreements: [...kept, ...added] };
  if (random.chance(0.5)) fields.durationMinutes = random.int(180);
  if (random.chance(0.3)) fields.present = random.pick(['dochter', '  buurvrouw ', '']);
  return fields;
}

/** One random step of a worker's day; refusals (a transition not allowed, say) are part of the game. */
async function step(app: TestCore, random: Random, clients: string[]): Promise<void> {
  const roll = random.int(10);
  if (clients.length === 0 || roll === 0) {
    const fields = { ...profile(random), status: random.pick(clientStatuses) };
    clients.push(valueOf(await app.call('clients.create', fields)).id);
    return;
  }
  const id = random.pick(clients);
  const client = valueOf(await app.call('clients.get', { id })) as Client;
  const contacts = valueOf(await app.call('contacts.list', { clientId: id }));
  const contact = contacts.length > 0 ? random.pick(contacts) : undefined;
  if (roll === 1) {
    valueOf(await app.call('clients.update', { id, expectedUpdatedAt: client.updatedAt, fields: profile(random) }));
  } else if (roll === 2) {
    const to = random.pick(clientStatuses);
    const reason = to === 'closed' ? random.pick(closeReasons) : undefined;
    const result = await app.call('clients.changeStatus', { id, expectedUpdatedAt: client.updatedAt, to, ...(reason ? { reason } : {}) });
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  } else if (roll <= 5 || !contact) {
    valueOf(await app.call('contacts.create', { clientId: id, fields: contactFields(random) }));
  } else if (roll === 6) {
    valueOf(await app.call('contacts.update', { clientId: id, contactId: contact.id, expectedUpdatedAt: contact.updatedAt, fields: contactFields(random, contact) }));
  } else if (roll === 7 && contact.agreements.length > 0) {
    const agreement = random.pick(contact.agreements);
    valueOf(await app.call('contacts.setAgreementDone', { clientId: id, contactId: contact.id, agreementId: agreement.id, done: random.chance(0.7) }));
  } else if (roll === 8) {
    valueOf(await app.call('contacts.delete', { clientId: id, contactId: contact.id, expectedUpdatedAt: contact.updatedAt }));
  } else {
    valueOf(await app.call('appointments.create', { clientId: id, fields: { start: dateTime(random), durationMinutes: 5 + random.int(120), type: random.pick(contactTypes) } }));
  }
}

/** Everything the worker can see: the list in every order and filter, and each client's file. */
async function view(app: TestCore, clients: readonly string[]) {
  const lists = [];
  for (const sort of ['name', 'status', 'lastContact', 'nextAction'] as const) {
    for (const descending of [false, true]) lists.push(valueOf(await app.call('clients.list', { sort, descending })));
  }
  for (const query of [{ query: 'zoe' }, { query: '0612' }, { flag: 'any' }, { worker: '' }, { ageGroup: 'adult' }, { status: 'closed' }]) {
    lists.push(valueOf(await app.call('clients.list', query)));
  }
  const files = [];
  for (const id of clients) {
    files.push({
      client: valueOf(await app.call('clients.get', { id })),
      contacts: valueOf(await app.call('contacts.list', { clientId: id })),
      appointments: valueOf(await app.call('appointments.list', { clientId: id })),
      overview: valueOf(await app.call('clients.overview', { id })),
    });
  }
  return {
    lists,
    files,
    attention: valueOf(await app.call('attention.list', {})),
    agenda: valueOf(await app.call('agenda.days', { from: '2025-05-01', to: '2025-07-31' })),
  };
}

describe('a random working day survives a restart of the app', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: what the worker sees before and after the restart is identical', async (seed) => {
    const random = prng(seed);
    const dir = await makeTempDir();
    const clock = manualClock('2025-06-01T08:00:00.000Z');
    const preferences = memoryStore({ workerName: random.pick(['Sanne', 'Joost']) });
    let app = await startTestCore({ dataDir: dir, clock, preferences });
    const clients: string[] = [];

    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 25; i++) {
        clock.set(new Date(clock.now().getTime() + random.int(3 * 3_600_000)).toISOString());
        await step(app, random, clients);
      }
      const before = await view(app, clients);
      await app.close();
      app = await startTestCore({ dataDir: dir, clock, preferences });
      expect(valueOf(await app.call('app.status', {}))).toMatchObject({ store: 'ready', problems: [] });
      expect(await view(app, clients)).toStrictEqual(before);
    }
    expect(clients.length).toBeGreaterThan(0);
  });
});
