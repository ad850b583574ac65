import { expect, it } from 'vitest';
import { addDays, localDate } from '../../../main/domain/agenda/local-date';
import { CaseloadPage } from '../pages/caseload-page';
import { ClientFormPage } from '../pages/client-form-page';
import { MeasuresPage, ProgrammePage } from '../pages/programme-pages';
import { describeOnTargets } from '../support/spec';

describeOnTargets('running the 8-week programme and measuring loneliness', ({ app }) => {
  it('starts the default programme, holds sessions 1–2, measures at intake and week 4, and the guidance follows', async () => {
    const page = app().page;
    const start = addDays(localDate(new Date()), -21);
    const caseload = new CaseloadPage(page);
    const form = new ClientFormPage(page);
    await caseload.open();
    await caseload.startNewClient();
    await form.fill({ givenName: 'Zoë', familyName: 'de Vries' });
    await form.save();
    await page.getByRole('heading', { name: 'Zoë de Vries' }).waitFor();
    const clientUrl = page.url();

    const programme = new ProgrammePage(page);
    await programme.open();
    await programme.start(`${start}T10:00`);
    // Eight weekly sessions, the first one on the chosen day.
    await expect.poll(() => programme.panel().getByRole('link', { name: /^Bijeenkomst \d openen/ }).count()).toBe(8);

    await programme.holdSession(1, { before: 8, after: 7, notes: 'Ademhaling geoefend.\nZoë vond het spannend.' });
    await page.goto(clientUrl);
    await programme.open();
    await programme.holdSession(2, { before: 7, after: 7, notes: 'Wandeling in het park besproken.' });
    await page.goto(clientUrl);

    // Intake: very severe loneliness (all "min of meer" scores 11) with stress still high.
    const measures = new MeasuresPage(page);
    await measures.open();
    await measures.fillDeJongGierveld11('Intake', start, 'min of meer');
    await measures.panel().getByText(/Totaal: 11 — zeer ernstig eenzaam/).waitFor();

    await programme.open();
    await programme.guidance().getByText(/Bewaar groepsactiviteiten voor later/).waitFor();
    // The notes were kept exactly as typed.
    await page.goto(`${clientUrl}/programme/1`);
    await page.getByRole('main').getByLabel('Aantekeningen').waitFor();
    expect(await page.getByRole('main').getByLabel('Aantekeningen').inputValue()).toBe('Ademhaling geoefend.\nZoë vond het spannend.');
    await page.goto(clientUrl);

    // Week 4: "nee" to everything scores only the five social items: moderate, no longer severe.
    await measures.open();
    await measures.fillDeJongGierveld11('Halverwege (week 4)', addDays(start, 21), 'nee');
    await measures.panel().getByText(/Totaal: 5 — matig eenzaam/).waitFor();
    const chart = measures.panel().getByRole('region', { name: 'Verloop' }).getByRole('img').first();
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/Totaal van 11 naar 5/);

    await programme.open();
    await expect.poll(() => programme.panel().innerText()).not.toMatch(/Bewaar groepsactiviteiten voor later/);
  });
});
