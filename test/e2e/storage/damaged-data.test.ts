import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeOnTargets } from '../support/spec';

const goodId = '3f1c2b9e-8a57-4d0e-9b1a-2c3d4e5f6a7b';
const damagedId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

async function seedOneGoodOneDamaged(dataDir: string): Promise<void> {
  const clients = path.join(dataDir, 'caseload', 'clients');
  await fsp.mkdir(clients, { recursive: true });
  const stamp = '2026-11-01T09:00:00.000Z';
  await fsp.writeFile(
    path.join(clients, `${goodId}.json`),
    JSON.stringify({
      schemaVersion: 1,
      client: { id: goodId, givenName: 'Henk', familyName: 'Bakker', status: 'active', createdAt: stamp, updatedAt: stamp },
    }),
  );
  await fsp.writeFile(path.join(clients, `${damagedId}.json`), '{"schemaVersion":1,"client":{"id":"9a8b');
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
      expect(await fsp.readFile(path.join(dataDir(), 'caseload', 'quarantine', kept[0]!), 'utf8')).toBe(
        '{"schemaVersion":1,"client":{"id":"9a8b',
      );
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
      const meta = await fsp.readFile(path.join(dataDir(), 'caseload', 'store.json'), 'utf8');
      expect(JSON.parse(meta)).toEqual({ schemaVersion: 99, createdAt: '2030-01-01T00:00:00.000Z' });
    });
  },
  {
    seed: async (dataDir) => {
      await fsp.mkdir(path.join(dataDir, 'caseload'), { recursive: true });
      await fsp.writeFile(
        path.join(dataDir, 'caseload', 'store.json'),
        JSON.stringify({ schemaVersion: 99, createdAt: '2030-01-01T00:00:00.000Z' }),
      );
    },
  },
);
