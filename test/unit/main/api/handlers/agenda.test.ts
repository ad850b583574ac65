import { describe, expect, it } from 'vitest';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { manualClock, memoryStore, useCores, valueOf } from '../../support/core';

const startTestCore = useCores();

/** A moment in the laptop's own zone (month 1–12), so "overdue" (a local calendar matter) holds in any zone. */
const local = (year: number, month: number, day: number, hour = 0) => new Date(year, month - 1, day, hour).toISOString();

/** A core on in-memory storage with a clock the test moves: 1 March 2025, 09:00 local time. */
async function setUp(preferences: Record<string, unknown> = {}) {
  const clock = manualClock(local(2025, 3, 1, 9));
  const app = await startTestCore({ dataDir: '/memory', files: createMemoryDataFiles(), clock, preferences: memoryStore(preferences) });
  const create = async (fields: Record<string, unknown>) => valueOf(await app.call('clients.create', fields));
  const attention = async () => valueOf(await app.call('attention.list', {}));
  return { app, clock, create, attention };
}

const names = (rows: { familyName: string }[]) => rows.map((row) => row.familyName);

describe('attention.list through the dispatcher', () => {
  it('lists a client in care after the set weeks without contact, and drops them once a contact is logged', async () => {
    const { app, clock, create, attention } = await setUp();
    const anna = await create({ givenName: 'Anna', familyName: 'Jansen', status: 'active' });
    await create({ givenName: 'Piet', familyName: 'Bakker', status: 'closed' });

    clock.set(local(2025, 3, 28, 9)); // 27 days after registration
    expect((await attention()).noRecentContact).toEqual([]);
    clock.set(local(2025, 3, 30, 9)); // 29 days
    expect(names((await attention()).noRecentContact)).toEqual(['Jansen']);

    valueOf(await app.call('contacts.create', { clientId: anna.id, fields: { at: local(2025, 3, 30, 8), type: 'phone', summary: '' } }));
    expect((await attention()).noRecentContact).toEqual([]);
  });

  it('uses the number of weeks from Settings, and a change there applies at once', async () => {
    const { app, clock, create, attention } = await setUp({ attentionWeeks: 6 });
    await create({ givenName: 'Anna', familyName: 'Jansen', status: 'intake' });
    clock.set(local(2025, 4, 5, 9)); // five weeks
    expect((await attention()).noRecentContact).toEqual([]);
    valueOf(await app.call('preferences.update', { attentionWeeks: 2 }));
    expect(names((await attention()).noRecentContact)).toEqual(['Jansen']);
  });

  it('lists flagged clients and overdue agreements, and forgets a client once closed', async () => {
    const { app, clock, create, attention } = await setUp();
    const ria = await create({ givenName: 'Ria', familyName: 'Bos', status: 'active', flags: ['suicidal_thoughts'] });
    const contact = valueOf(
      await app.call('contacts.create', {
        clientId: ria.id,
        fields: { at: local(2025, 3, 1, 8), type: 'home_visit', summary: '', agreements: [{ text: 'Huisarts bellen', owner: 'worker', due: '2025-03-03' }] },
      }),
    );
    expect((await attention()).overdueAgreements).toEqual([]);
    clock.set(local(2025, 3, 4, 9));
    const listed = await attention();
    expect(names(listed.flagged)).toEqual(['Bos']);
    expect(listed.overdueAgreements.map((entry) => [entry.client.id, entry.contactId, entry.agreement.text])).toEqual([
      [ria.id, contact.id, 'Huisarts bellen'],
    ]);

    valueOf(await app.call('clients.changeStatus', { id: ria.id, expectedUpdatedAt: ria.updatedAt, to: 'closed', reason: 'referred_on' }));
    expect(await attention()).toEqual({ noRecentContact: [], overdueAgreements: [], flagged: [], referralsToFollowUp: [] });
  });
});
