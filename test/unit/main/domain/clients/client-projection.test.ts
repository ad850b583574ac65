import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectClient } from '../../../../../main/domain/clients/client-projection';
import type { Contact } from '../../../../../main/domain/contacts/contact';

const seed = 20_261_204;
const base = Date.UTC(2025, 0, 1);
const day = 86_400_000;
const clientFile = (contacts: Contact[]) => ({
  client: { id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10', givenName: 'Zoë', familyName: 'Jansen', flags: [], status: 'active' as const, statusHistory: [], createdAt: new Date(base).toISOString(), updatedAt: new Date(base).toISOString() },
  contacts,
  appointments: [],
  programmes: [],
  measurements: [],
  referrals: [],
});

const contactArbitrary = fc.record({ offsetDays: fc.integer({ min: 0, max: 60 }), withAgreement: fc.boolean() });
const toContact = ({ offsetDays, withAgreement }: { offsetDays: number; withAgreement: boolean }, index: number): Contact => ({
  id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
  at: new Date(base + offsetDays * day).toISOString(),
  type: 'phone',
  summary: `Gesprek ${index}`,
  agreements: withAgreement ? [{ id: `10000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`, text: 'Bellen', owner: 'client' }] : [],
  createdAt: new Date(base).toISOString(),
  updatedAt: new Date(base).toISOString(),
  createdBy: 'Sanne',
  updatedBy: 'Sanne',
});

describe('projectClient', () => {
  it('gives the same projection for a projection plus a new contact as for the whole file plus it (so a logged contact needs no file)', () => {
    fc.assert(
      fc.property(fc.array(contactArbitrary, { maxLength: 12 }), contactArbitrary, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }), (earlier, added, projectedOn, laterBy) => {
        const contacts = earlier.map(toContact);
        const contact = toContact(added, contacts.length);
        const projectedAt = new Date(base + projectedOn * day);
        const addedAt = new Date(projectedAt.getTime() + laterBy * day);
        const fromProjection = projectClient({ ...projectClient(clientFile(contacts), projectedAt), contacts: [...projectClient(clientFile(contacts), projectedAt).contacts, contact] }, addedAt);
        const fromFile = projectClient(clientFile([...contacts, contact]), addedAt);
        expect(fromProjection).toEqual(fromFile);
      }),
      { seed, numRuns: 2_000 },
    );
  });
});
