import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CaseloadPage } from '../pages/caseload-page';
import { AuditLogPage, BackupsPage, ClientPrivacyTab } from '../pages/privacy-pages';
import { describeOnTargets } from '../support/spec';

const worker = 'Sanne de Boer';
const erasedName = 'Zoë Öztürk';

/** The files in the data folder (backups included) that hold this text in UTF-8, as someone who copied the folder would search them. */
async function filesContaining(dataDir: string, text: string): Promise<string[]> {
  const entries = await fsp.readdir(dataDir, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    if ((await fsp.readFile(file)).includes(Buffer.from(text, 'utf8'))) found.push(path.relative(dataDir, file));
  }
  return found;
}

describeOnTargets('a client asks to be forgotten: consent, backup, erasure, restore and the audit log', ({ app, dataDir }) => {
  it('records consent, erases the client everywhere after the typed name, keeps her erased through a restore, and logs it without her name', async () => {
    const page = app().page;
    const caseload = new CaseloadPage(page);
    const privacy = new ClientPrivacyTab(page);
    const backups = new BackupsPage(page);
    const audit = new AuditLogPage(page);

    // Two clients and the worker's own name, the quick way the forms would set them.
    await page.evaluate(async (workerName) => {
      const api = (window as unknown as { api: { invoke(call: string, input: unknown): Promise<{ ok: boolean }> } }).api;
      const results = [
        await api.invoke('preferences.update', { workerName }),
        await api.invoke('clients.create', { givenName: 'Zoë', familyName: 'Öztürk' }),
        await api.invoke('clients.create', { givenName: 'Jan', familyName: 'de Vries' }),
      ];
      if (!results.every((result) => result.ok)) throw new Error(JSON.stringify(results));
    }, worker);
    await page.reload();
    await caseload.open();
    await caseload.clientLink(/de Vries/).waitFor();

    // Consent for keeping her data, given on a day in March: the state says when and who wrote it down.
    await caseload.clientLink(/Öztürk/).click();
    await page.getByRole('heading', { name: erasedName, level: 1 }).waitFor();
    await privacy.open();
    await expect.poll(() => privacy.purpose('Gegevens bewaren').innerText()).toContain('Nog niet gevraagd');
    await privacy.recordConsentGiven('Gegevens bewaren', '2025-03-14');
    await privacy.panel().getByRole('status').getByText('Vastgelegd: Gegevens bewaren – Toestemming gegeven.').waitFor();
    await privacy.purpose('Gegevens bewaren').getByText(`Toestemming gegeven op 14 maart 2025, vastgelegd door ${worker}`).waitFor();
    await privacy.panel().getByText(`14 maart 2025: Gegevens bewaren – Toestemming gegeven (door ${worker})`).waitFor();
    expect(await privacy.purpose('Gegevens delen bij een verwijzing').innerText()).toContain('Nog niet gevraagd');

    // A backup made now holds both clients.
    await backups.open();
    await backups.createNow();
    const manual = backups.rows('Zelf gemaakt');
    await expect.poll(() => manual.count()).toBe(1);
    await manual.getByRole('cell', { name: '2', exact: true }).waitFor();
    await manual.getByRole('cell', { name: 'In orde', exact: true }).waitFor();
    await manual.getByRole('button', { name: /^Back-up van .+ terugzetten$/ }).waitFor();
    // Someone added after the backup, to see later that restoring really went back to it.
    await page.evaluate(async () => {
      const api = (window as unknown as { api: { invoke(call: string, input: unknown): Promise<{ ok: boolean }> } }).api;
      if (!(await api.invoke('clients.create', { givenName: 'Piet', familyName: 'Bakker' })).ok) throw new Error('clients.create failed');
    });

    // Erasing: the question names what goes, refuses a wrong name in words, and erases on the right one.
    await caseload.open();
    await caseload.clientLink(/Öztürk/).click();
    await privacy.open();
    const dialog = await privacy.startErasing(erasedName);
    await dialog.getByText('Dit verdwijnt voorgoed:').waitFor();
    const willGo = await dialog.getByRole('listitem').allInnerTexts();
    expect(willGo).toContain('alle persoonsgegevens en de statusgeschiedenis');
    expect(willGo).toContain('toestemmingen: 1');
    await dialog.getByText(/^De cliënt wordt ook uit \d+ back-ups? verwijderd\.$/).waitFor();
    const typedName = dialog.getByLabel(`Typ de volledige naam ter bevestiging: ${erasedName}`);
    await typedName.fill('Zoe Ozturk');
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await dialog.getByText('De naam klopt niet. Typ de volledige naam zoals die boven het dossier staat.').waitFor();
    expect(await typedName.getAttribute('aria-invalid')).toBe('true');
    await typedName.fill(erasedName);
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Back on the caseload: she cannot be found, Jan still can.
    await caseload.searchBox().waitFor();
    await caseload.search('Öztürk');
    await page.getByRole('main').getByText('Geen cliënten gevonden').waitFor();
    await caseload.search('Vries');
    await caseload.clientLink(/de Vries/).waitFor();
    await caseload.search('');
    // Nowhere in the data folder, backups included, is her name left.
    expect(await filesContaining(dataDir(), 'Öztürk')).toEqual([]);
    expect(await filesContaining(dataDir(), erasedName)).toEqual([]);

    // Restoring the backup from before the erasure goes back to that moment (Piet goes), but not for her.
    await backups.open();
    // The backup no longer holds her either: it counts one client now.
    await manual.getByRole('cell', { name: '1', exact: true }).waitFor();
    // The daily backup made at opening can carry the same minute, so the row picks which one.
    await backups.rows('Zelf gemaakt').getByRole('button', { name: /^Back-up van .+ terugzetten$/ }).click();
    const question = page.getByRole('alertdialog', { name: /^Back-up van .+ terugzetten\?$/ });
    await question.getByText('Cliënten die je hebt gewist, blijven gewist.').waitFor();
    await question.getByRole('button', { name: 'Ja, terugzetten' }).click();
    await backups.status().getByText(/^De back-up van .+ is teruggezet\. Je vorige caseload is bewaard als back-up\.$/).waitFor({ timeout: 15_000 });
    await expect.poll(() => backups.rows('Vóór het terugzetten').count()).toBe(1);

    await page.reload();
    await caseload.open();
    await caseload.clientLink(/de Vries/).waitFor();
    await caseload.search('Bakker');
    await page.getByRole('main').getByText('Geen cliënten gevonden').waitFor();
    await caseload.search('Öztürk');
    await page.getByRole('main').getByText('Geen cliënten gevonden').waitFor();
    await caseload.search('');
    expect(await filesContaining(dataDir(), 'Öztürk')).toEqual([]);

    // The audit log: still intact, the erasure is there, and no line names her.
    await audit.open();
    await audit.chainIntact().waitFor();
    const erasures = audit.rowsWithAction('Gewist');
    // Two lines: the file itself (with what went, counted) and her removal from the backups.
    await expect.poll(() => erasures.count()).toBe(2);
    const fileErasure = erasures.filter({ has: page.getByText('Dossier', { exact: true }) });
    await fileErasure.getByText(/consents:1/).waitFor();
    await fileErasure.getByRole('cell', { name: 'Verwijderde cliënt', exact: true }).waitFor();
    const backupErasure = erasures.filter({ has: page.getByText('Reservekopie', { exact: true }) });
    await backupErasure.getByText(/^backups:[1-9]\d*$/).waitFor();
    await backupErasure.getByRole('cell', { name: 'Verwijderde cliënt', exact: true }).waitFor();
    await audit.rowsWithAction('Teruggezet').first().waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('Öztürk');

    // The CSV export holds the erasure, and not her name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als CSV (Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^verbind-auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fsp.readFile((await download.path())!, 'utf8');
    const erasureLines = csv.split(/\r?\n/).filter((line) => line.includes('Gewist'));
    expect(erasureLines).toHaveLength(2);
    for (const line of erasureLines) expect(line).toContain('Verwijderde cliënt');
    expect(csv).not.toContain('Öztürk');
    expect(csv).not.toContain(erasedName);
    await page.getByRole('main').getByRole('status').getByText(/^verbind-auditlog-.+\.csv is opgeslagen\.$/).waitFor();
  });
});
