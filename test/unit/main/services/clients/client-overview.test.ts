import { describe, expect, it } from 'vitest';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { errorOf, manualClock, memoryStore, useCores, valueOf } from '../../support/core';

const startTestCore = useCores();

describe('clients.overview', () => {
  it('shows the next appointment still to come, open agreements by due date, and the three latest contacts', async () => {
    const clock = manualClock('2026-11-25T12:00:00.000Z');
    const app = await startTestCore({ dataDir: '/memory', files: createMemoryDataFiles(), clock, preferences: memoryStore() });
    const client = valueOf(await app.call('clients.create', { givenName: 'Zoë', familyName: 'Jansen', flags: ['recent_loss'] }));
    const clientId = client.id;
    const plan = async (start: string) =>
      valueOf(await app.call('appointments.create', { clientId, fields: { start, durationMinutes: 60, type: 'home_visit' } }));
    await plan('2026-11-24T10:00:00Z'); // yesterday
    const running = await plan('2026-11-25T11:30:00Z'); // started half an hour ago, still going
    await plan('2026-11-30T10:00:00Z');

    const log = async (at: string, agreements: { text: string; owner: 'worker' | 'client'; due?: string }[] = []) =>
      valueOf(await app.call('contacts.create', { clientId, fields: { at, type: 'phone', summary: at, agreements } }));
    const oldest = await log('2026-11-01T10:00:00Z', [{ text: 'zonder datum', owner: 'client' }, { text: 'later', owner: 'worker', due: '2026-12-10' }]);
    await log('2026-11-10T10:00:00Z', [{ text: 'eerst', owner: 'worker', due: '2026-11-20' }]);
    const third = await log('2026-11-20T10:00:00Z', [{ text: 'gedaan', owner: 'worker', due: '2026-11-01' }]);
    await log('2026-11-24T10:00:00Z');
    valueOf(
      await app.call('contacts.setAgreementDone', { clientId, contactId: third.id, agreementId: third.agreements[0]?.id, done: true }),
    );

    const overview = valueOf(await app.call('clients.overview', { id: clientId }));
    expect(overview.client).toEqual(client);
    expect(overview.summary).toMatchObject({ id: clientId, flags: ['recent_loss'], openAgreements: 3, overdueAgreements: 1 });
    expect(overview.nextAppointment?.id).toBe(running.id);
    expect(overview.openAgreements.map((entry) => entry.agreement.text)).toEqual(['eerst', 'later', 'zonder datum']);
    expect(overview.openAgreements[2]?.contactId).toBe(oldest.id);
    expect(overview.recentContacts.map((contact) => contact.summary)).toEqual(['2026-11-24T10:00:00Z', '2026-11-20T10:00:00Z', '2026-11-10T10:00:00Z']);
  });

  it('answers not_found for a client that does not exist', async () => {
    const app = await startTestCore({ dataDir: '/memory', files: createMemoryDataFiles(), preferences: memoryStore() });
    expect(errorOf(await app.call('clients.overview', { id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10' }))).toEqual({
      code: 'not_found',
      messageKey: 'errors:clientNotFound',
    });
  });
});
