import * as fsp from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addDays, localDate } from '../../../main/domain/agenda/local-date';
import { pdfFonts, pdfText } from '../../support/pdf-text';
import { CaseloadPage } from '../pages/caseload-page';
import { ClientFormPage } from '../pages/client-form-page';
import { MeasuresPage, ProgrammePage } from '../pages/programme-pages';
import { describeOnTargets } from '../support/spec';

/** Makes the document the dialog is for, saves it (a download in the browser host) and returns its bytes. */
async function saveDocument(page: Page, buttonName: string | RegExp): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByRole('button', { name: buttonName }).first().click();
  const dialog = page.getByRole('dialog');
  const save = dialog.getByRole('button', { name: 'Opslaan…' });
  await save.waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  const bytes = new Uint8Array(await fsp.readFile((await download.path())!));
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  return { name: download.suggestedFilename(), bytes };
}

describeOnTargets('referring a client and putting it on paper', ({ app }) => {
  it('adds a service, is warned that a group does not fit yet, goes on with a reason, follows it to accepted, and prints the letter and a handout', async () => {
    const page = app().page;
    const start = addDays(localDate(new Date()), -7);

    // A client in the calm phase of the programme, very severely lonely at intake.
    const caseload = new CaseloadPage(page);
    const form = new ClientFormPage(page);
    await caseload.open();
    await caseload.startNewClient();
    await form.fill({ givenName: 'Zoë', familyName: 'Çelik' });
    await form.save();
    await page.getByRole('heading', { name: 'Zoë Çelik' }).waitFor();
    const clientUrl = page.url();
    const programme = new ProgrammePage(page);
    await programme.open();
    await programme.start(`${start}T10:00`);
    const measures = new MeasuresPage(page);
    await measures.open();
    await measures.fillDeJongGierveld11('Intake', start, 'min of meer');
    await measures.panel().getByText(/Totaal: 11/).waitFor();

    // A group activity in the directory, suited to the connect phase.
    await page.getByRole('navigation').getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    const serviceForm = page.getByRole('dialog', { name: 'Organisatie toevoegen' }).or(page.getByRole('form', { name: 'Organisatie toevoegen' }));
    await serviceForm.getByLabel('Naam').fill('Buurtkamer De Linde');
    await serviceForm.getByLabel('Soort').selectOption({ label: 'Activiteit of ontmoetingsplek' });
    await serviceForm.getByLabel('Vorm').selectOption({ index: 2 });
    await serviceForm.getByRole('checkbox', { name: 'Verbinden en onderhouden' }).check();
    await serviceForm.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('service-entry').filter({ hasText: 'Buurtkamer De Linde' }).waitFor();

    // Plan the referral: the warning comes before saving and says why.
    await page.goto(`${clientUrl}/referrals`);
    await page.getByRole('button', { name: 'Verwijzing plannen' }).first().click();
    const referralForm = page.getByRole('form', { name: 'Verwijzing plannen' }).or(page.getByRole('dialog', { name: 'Verwijzing plannen' }));
    await referralForm.getByRole('combobox', { name: 'Organisatie', exact: true }).selectOption({ label: 'Buurtkamer De Linde (Activiteit of ontmoetingsplek)' });
    const warnings = page.getByTestId('fit-warnings');
    await warnings.waitFor();
    expect(await warnings.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await referralForm.getByLabel('Reden van de verwijzing').fill('Zoë wil graag weer onder de mensen komen.');
    await referralForm.getByLabel('Vraag aan de organisatie').fill('Kan Zoë bij jullie een keer meedoen?');
    await referralForm.getByLabel('Waarom ga je toch door?').fill('Zoë vraagt er zelf om en gaat samen met haar buurvrouw.');
    await referralForm.getByRole('button', { name: 'Verwijzing plannen' }).click();

    const referral = page.getByTestId('referral').filter({ hasText: 'Buurtkamer De Linde' });
    await referral.waitFor();
    await referral.getByText('Zoë vraagt er zelf om en gaat samen met haar buurvrouw.').waitFor();

    // Sent, then accepted: each step dated in a small dialog.
    await referral.getByRole('button', { name: 'Markeren als verstuurd' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan als ‘Verstuurd’' }).click();
    await referral.getByRole('button', { name: 'Markeren als geaccepteerd' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan als ‘Geaccepteerd’' }).click();
    await expect.poll(() => referral.locator('.badge').first().innerText()).toMatch(/Geaccepteerd/);

    // The referral letter: the receiver, the question, the consent line; no address that was not shared.
    const letter = await saveDocument(page, 'Verwijsbrief maken');
    expect(letter.name).toMatch(/^verwijsbrief-celik-\d{4}-\d{2}-\d{2}\.pdf$/);
    const letterText = await pdfText(letter.bytes);
    expect(letterText).toContain('Buurtkamer De Linde');
    expect(letterText).toContain('Zoë Çelik');
    expect(letterText).toContain('Kan Zoë bij jullie een keer meedoen?');
    expect((await pdfFonts(letter.bytes)).every((font) => font.embedded)).toBe(true);

    // A handout for session 1, in plain language with room to write.
    await page.goto(`${clientUrl}/programme/1`);
    const handout = await saveDocument(page, /Hand-out bijeenkomst 1/);
    expect(handout.name).toMatch(/^handout-sessie-1.*\.pdf$/);
    expect((await pdfText(handout.bytes)).length).toBeGreaterThan(200);
  });
});
