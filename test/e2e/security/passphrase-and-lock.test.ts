import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CaseloadPage } from '../pages/caseload-page';
import { describeOnTargets } from '../support/spec';

const passphrase = 'mijn fiets staat bij de bakker';
const familyName = 'Öztürk-Verbeek';

/** The files in the data folder that hold this text (UTF-8), as someone who copied the folder would search them. */
async function filesContaining(dataDir: string, text: string): Promise<string[]> {
  const entries = await fsp.readdir(dataDir, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.filter((item) => item.isFile())) {
    if ((await fsp.readFile(path.join(entry.parentPath, entry.name))).includes(Buffer.from(text, 'utf8'))) found.push(entry.name);
  }
  return found;
}

describeOnTargets(
  'a worker secures Verbind with a passphrase, locks it and opens it again',
  ({ app, dataDir }) => {
    it('sets up through the screens, keeps the caseload unreadable on disk and behind the lock, and opens with passphrase or recovery key', async () => {
      let page = app().page;
      // First start: set a passphrase.
      await page.getByRole('heading', { name: 'Beveilig Verbind met een wachtzin' }).waitFor();
      await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
      await page.getByLabel('Herhaal je wachtzin').fill(passphrase);
      await page.getByLabel(/Ik begrijp dat niemand mijn gegevens kan terughalen/).check();
      await page.getByRole('button', { name: 'Wachtzin instellen' }).click();

      // The recovery key is shown once; the worker confirms they wrote it down.
      await page.getByRole('heading', { name: 'Je herstelsleutel' }).waitFor();
      const recoveryKey = ((await page.getByRole('region', { name: 'Herstelsleutel' }).textContent()) ?? '').match(/[0-9A-Z]{4}(-[0-9A-Z]{4}){7}/)?.[0];
      expect(recoveryKey).toBeDefined();
      await page.getByRole('button', { name: 'Verder naar Verbind' }).click();
      // Going on without confirming is refused in words.
      await page.getByText('Vink eerst aan dat je de herstelsleutel hebt opgeschreven of geprint.').waitFor();
      await page.getByLabel('Ik heb de herstelsleutel opgeschreven of geprint').check();
      await page.getByRole('button', { name: 'Verder naar Verbind' }).click();

      // In the app: add a client the quick way the form would, then see it in the caseload.
      let caseload = new CaseloadPage(page);
      await caseload.open();
      await page.evaluate(async (name) => {
        const api = (window as unknown as { api: { invoke(call: string, input: unknown): Promise<unknown> } }).api;
        await api.invoke('clients.create', { givenName: 'Zoë', familyName: name });
      }, familyName);
      await page.reload();
      await caseload.clientLink(new RegExp(familyName)).waitFor();
      // Nothing on disk gives the client away.
      expect(await filesContaining(dataDir(), familyName)).toEqual([]);
      expect(await filesContaining(dataDir(), 'Zoë')).toEqual([]);

      // Lock: the unlock screen is all there is, and no client data is left on the page or reachable.
      await page.getByRole('button', { name: 'Vergrendelen' }).click();
      await page.getByRole('heading', { name: 'Verbind is vergrendeld' }).waitFor();
      expect(await page.locator('body').innerText()).not.toContain(familyName);
      const whileLocked = await page.evaluate(async () => {
        const api = (window as unknown as { api: { invoke(call: string, input: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).api;
        return api.invoke('clients.list', {});
      });
      expect(whileLocked).toMatchObject({ ok: false, error: { code: 'app_locked' } });

      // A wrong passphrase is said in words and changes nothing; the right one opens.
      await page.getByLabel('Wachtzin', { exact: true }).fill('een verkeerde wachtzin');
      await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
      await page.getByText('Deze wachtzin klopt niet').waitFor();
      await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
      await caseload.clientLink(new RegExp(familyName)).waitFor();

      // After a restart the app starts locked; the recovery key opens it too.
      await app().restart();
      page = app().page;
      caseload = new CaseloadPage(page);
      await page.getByRole('heading', { name: 'Verbind is vergrendeld' }).waitFor();
      await page.getByRole('button', { name: 'Wachtzin vergeten? Gebruik je herstelsleutel' }).click();
      await page.getByLabel('Herstelsleutel').fill(recoveryKey!.replaceAll('-', ' ').toLowerCase());
      await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
      await page.getByRole('heading', { name: 'Verbind is weer open' }).waitFor();

      // The passphrase was forgotten: the recovery key is proof enough to choose a new one.
      const newPassphrase = 'de bakker staat bij mijn fiets';
      await page.getByLabel('Nieuwe wachtzin', { exact: true }).fill(newPassphrase);
      await page.getByLabel('Herhaal je nieuwe wachtzin').fill(newPassphrase);
      await page.getByRole('button', { name: 'Nieuwe wachtzin opslaan' }).click();
      await page.getByText('Je wachtzin is gewijzigd.').waitFor();
      await page.getByRole('button', { name: 'Verder naar Verbind' }).click();
      await caseload.open();
      await caseload.clientLink(new RegExp(familyName)).waitFor();

      // From now on only the new passphrase opens Verbind.
      await page.getByRole('button', { name: 'Vergrendelen' }).click();
      await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
      await page.getByText('Deze wachtzin klopt niet').waitFor();
      await page.getByLabel('Wachtzin', { exact: true }).fill(newPassphrase);
      await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
      await caseload.clientLink(new RegExp(familyName)).waitFor();
    });
  },
  { manualSecurity: true },
);
