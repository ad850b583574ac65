import path from 'node:path';
import { expect, it } from 'vitest';
import { localDate, addDays } from '../../../main/domain/agenda/local-date';
import { CaseloadPage } from '../pages/caseload-page';
import { ClientFilePage } from '../pages/client-file-page';
import { ClientFormPage } from '../pages/client-form-page';
import { describeOnTargets } from '../support/spec';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/csv/caseload-50-with-3-bad.csv');

/** `YYYY-MM-DDTHH:mm` for a local day and time, as a datetime-local field takes it. */
function at(day: string, time: string): string {
  return `${day}T${time}`;
}

describeOnTargets("a worker's day: contacts, agreements, attention and an imported caseload", ({ app }) => {
  it('logs three contacts with agreements, ticks one off and finds the client again from the attention view', async () => {
    const page = app().page;
    const today = localDate(new Date());
    const caseload = new CaseloadPage(page);
    const form = new ClientFormPage(page);
    const file = new ClientFilePage(page);

    await caseload.open();
    await caseload.startNewClient();
    await form.fill({ givenName: 'Zoë', familyName: 'de Vries' });
    await form.save();
    await page.getByRole('heading', { name: 'Zoë de Vries' }).waitFor();

    await file.logContact({
      at: at(addDays(today, -14), '10:00'),
      type: 'Huisbezoek',
      minutes: 60,
      present: 'Zoë en haar dochter',
      summary: 'Kennismaking.\nZoë voelt zich sinds het overlijden van haar man vaak alleen.',
      agreements: [{ text: 'Ademoefening elke ochtend', owner: 'Cliënt', due: addDays(today, -7) }],
    });
    await file.logContact({
      at: at(addDays(today, -7), '14:30'),
      type: 'Telefonisch',
      minutes: 15,
      summary: 'Oefening gaat wisselend.',
      agreements: [{ text: 'Buurthuis bellen over de koffieochtend', owner: 'Begeleider', due: addDays(today, -2) }],
    });
    await file.logContact({
      at: at(addDays(today, -1), '11:00'),
      type: 'Op kantoor',
      minutes: 45,
      summary: 'Eerste stap gezet: boodschappen samen met buurvrouw.',
      agreements: [{ text: 'Volgende afspraak plannen', owner: 'Begeleider', due: addDays(today, 7) }],
    });

    // Newest first, the summary's line break intact.
    await expect.poll(() => file.contacts().count()).toBe(3);
    expect(await file.contacts().first().innerText()).toContain('Eerste stap gezet');
    expect(await file.contacts().last().innerText()).toContain('Kennismaking.\nZoë voelt zich');

    // Tick the morning exercise off; the other overdue agreement stays open.
    const exercise = page.getByRole('tabpanel', { name: 'Contactlog' }).getByRole('checkbox', { name: 'Ademoefening elke ochtend' });
    await exercise.check();
    await expect.poll(() => exercise.isChecked()).toBe(true);

    await page.getByRole('navigation').getByRole('link', { name: 'Aandacht' }).click();
    const overdue = page.getByRole('region', { name: 'Verlopen actiepunten' });
    await overdue.getByText('Buurthuis bellen over de koffieochtend').waitFor();
    expect(await overdue.innerText()).not.toContain('Ademoefening elke ochtend');
    await overdue.getByRole('link', { name: 'Zoë de Vries' }).first().click();
    await page.getByRole('heading', { name: 'Zoë de Vries' }).waitFor();
  });

  it('imports a CSV of 50 clients with 3 bad rows: exactly 47 arrive', async () => {
    const page = app().page;
    const caseload = new CaseloadPage(page);
    await caseload.open();
    await caseload.startImport();
    await page.getByLabel('CSV-bestand').setInputFiles(fixture);
    await page.getByText('47 geldig, 3 met fouten').waitFor();
    await page.getByRole('button', { name: '47 cliënten importeren' }).click();
    await page.getByRole('heading', { name: 'Import klaar' }).waitFor();

    await caseload.open();
    await expect.poll(() => caseload.count().innerText()).toBe('47 cliënten');
    await caseload.search('Daniëlle');
    await expect.poll(() => caseload.rows().count()).toBeGreaterThan(0);
  });
});
