import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../../main/domain/clients/client-summary';
import { createClientFiles } from '../../../../../main/services/clients/client-files';
import { cachedDocuments, openCaseloadStore } from '../../../../../main/services/storage/caseload-store';
import type { ClientDocument } from '../../../../../main/services/storage/client-document';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { sampleDocument } from '../../support/core';

const now = new Date('2025-03-10T09:00:00.000Z');
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const note = (n: number) => `Gesprek ${n}: mevrouw vertelt over haar week, de buurvrouw kwam langs en de ademhalingsoefening hielp.`;

function clientFile(n: number): ClientDocument {
  const stamp = '2025-01-01T09:00:00.000Z';
  const id = idOf(n);
  return {
    ...sampleDocument(id, { givenName: 'Zoë', familyName: `Öztürk ${n}` }),
    contacts: [0, 1, 2].map((c) => ({
      id: idOf(100_000 + n * 10 + c),
      at: `2025-0${c + 1}-05T10:00:00.000Z`,
      type: 'phone' as const,
      summary: note(n * 10 + c),
      agreements: c === 1 ? [{ id: idOf(900_000 + n), text: 'Bellen met de buurtkamer', owner: 'client' as const, due: '2025-03-01' }] : [],
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: 'Sanne',
      updatedBy: 'Sanne',
    })),
  };
}

describe('the caseload store keeps whole client files out of memory', () => {
  it('holds every client as a projection without notes, reads whole files on demand, and keeps only the recently used', async () => {
    const disk = createMemoryDataFiles();
    const count = cachedDocuments + 20;
    const seed = await openCaseloadStore(disk, () => now);
    await seed.createDocuments(Array.from({ length: count }, (_, n) => clientFile(n)));
    await seed.flush();

    const store = await openCaseloadStore(disk, () => now);
    const projections = [...store.projections()];
    expect(projections).toHaveLength(count);
    // No note is in memory after opening: only the contact with an agreement and the latest one, both without text.
    for (const projection of projections) {
      expect(projection.contacts.map((contact) => Object.keys(contact).sort())).toEqual([
        ['agreements', 'at', 'id', 'type'],
        ['agreements', 'at', 'id', 'type'],
      ]);
      expect(JSON.stringify(projection)).not.toContain('Gesprek');
    }
    // The list row is the same from the projection as from the whole file.
    const whole = clientFile(7);
    expect(summarise(store.getProjection(idOf(7))!, now)).toEqual(summarise(whole, now));

    // A whole file comes back with every note, also after many other clients were opened.
    const files = createClientFiles(store);
    expect((await files.get(idOf(0))).contacts.map((contact) => contact.summary)).toEqual(whole.contacts.map((_, c) => note(c)));
    for (let n = 1; n < count; n++) await files.get(idOf(n));
    expect((await files.get(idOf(3))).contacts[2]?.summary).toBe(note(32));

    // An edit of a client no longer cached keeps the notes on disk and updates the projection.
    await files.change(idOf(1), (current) => ({ document: { ...current, client: { ...current.client, familyName: 'Çelik' } }, result: undefined }));
    const reopened = await openCaseloadStore(disk, () => now);
    const edited = await reopened.getDocument(idOf(1));
    expect(edited?.client.familyName).toBe('Çelik');
    expect(edited?.contacts.map((contact) => contact.summary)).toEqual([note(10), note(11), note(12)]);
    expect(store.getProjection(idOf(1))?.client.familyName).toBe('Çelik');
  });
});
