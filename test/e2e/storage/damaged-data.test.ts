import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { encryptedFolder } from '../support/encrypted-seed';
import { describeOnTargets } from '../support/spec';

const goodId = '3f1c2b9e-8a57-4d0e-9b1a-2c3d4e5f6a7b';
const damagedId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const encode = (text: string) => new TextEncoder().encode(text);
/** The stored (encrypted) bytes of the seeded files, to compare with what the app left on disk. */
let damagedBytes: Buffer | undefined;
let newerMetaBytes: Buffer | undefined;

async function seedOneGoodOneDamaged(dataDir: string): Promise<void> {
  const files = await encryptedFolder(dataDir);
  await files.ensureFolder('caseload/clients');
  const stamp = '2026-11-01T09:00:00.000Z';
  await files.write(
    `caseload/clients/${goodId}.json`,
    encode(JSON.stringify({
      schemaVersion: 1,
      client: { id: goodId, givenName: 'Henk', familyName: 'Bakker', status: 'active', createdAt: stamp, updatedAt: stamp },
    })),
  );
  await files.write(`caseload/clients/${damagedId}.json`, encode('{"schemaVersion":1,"client":{"id":"9a8b'));
  damagedBytes = await fsp.readFile(path.join(dataDir, 'caseload', 'clients', `${damagedId}.json`));
}

describeOnTargets(
  'a damaged client file is set aside and the worker is told',
  ({ app, dataDir }) => {
    it('opens the rest of the caseload, warns, and keeps the damaged bytes', async () => {
      const page = app().page;
      await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
      await page.getByRole('link', { name: /Bakker/ }).first().waitFor();
      const banner = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /quarantine/ });
      await banner.first().waitFor();
      const kept = await fsp.readdir(path.join(dataDir(), 'caseload', 'quarantine'));
      expect(kept).toHaveLength(1);
      // Byte for byte what was stored (still encrypted): set aside, never rewritten.
      expect(await fsp.readFile(path.join(dataDir(), 'caseload', 'quarantine', kept[0]!))).toEqual(damagedBytes);
    });
  },
  { seed: seedOneGoodOneDamaged },
);

describeOnTargets(
  'a caseload written by a newer Verbind',
  ({ app, dataDir }) => {
    it('explains it and changes nothing', async () => {
      const page = app().page;
      await expect.poll(() => page.getByRole('main').innerText()).toMatch(/nieuwere versie/i);
      expect(await fsp.readFile(path.join(dataDir(), 'caseload', 'store.json'))).toEqual(newerMetaBytes);
    });
  },
  {
    seed: async (dataDir) => {
      const files = await encryptedFolder(dataDir);
      await files.ensureFolder('caseload');
      await files.write('caseload/store.json', encode(JSON.stringify({ schemaVersion: 99, createdAt: '2030-01-01T00:00:00.000Z' })));
      newerMetaBytes = await fsp.readFile(path.join(dataDir, 'caseload', 'store.json'));
    },
  },
);
