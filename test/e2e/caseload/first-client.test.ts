import { expect, it } from 'vitest';
import { CaseloadPage } from '../pages/caseload-page';
import { ClientFormPage } from '../pages/client-form-page';
import { describeOnTargets } from '../support/spec';

describeOnTargets('a worker adds clients, finds them and finds them again after a restart', ({ app }) => {
  it('adds a client with validation, finds it by search and keeps it across a restart', async () => {
    let page = app().page;
    const caseload = new CaseloadPage(page);
    const form = new ClientFormPage(page);

    // Dutch by default; the caseload starts empty and says how to begin.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await caseload.open();
    await expect.poll(() => page.getByRole('main').innerText()).toMatch(/nog geen cliënten/i);

    await caseload.startNewClient();
    await form.save();
    // Both names are required: the form says so at the fields and sends nothing.
    await expect.poll(() => form.field('givenName').getAttribute('aria-invalid')).toBe('true');
    expect(await form.field('familyName').getAttribute('aria-invalid')).toBe('true');

    await form.fill({ givenName: 'Zoë', familyName: 'de Vries', dateOfBirth: '1950-05-03', email: 'niet-een-adres' });
    await form.save();
    // The main process refuses the e-mail address; the message appears at that field.
    await expect.poll(() => form.field('email').getAttribute('aria-invalid')).toBe('true');
    await form.fill({ email: 'zoe@example.nl', phone: '06 1234 5678', address: 'Dorpsstraat 1\n1234 AB Ergens' });
    await form.save();
    await page.getByRole('heading', { name: 'Zoë de Vries' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('3 mei 1950');

    await caseload.open();
    await caseload.startNewClient();
    await form.fill({ givenName: 'Jan', familyName: 'Jansen' });
    await form.save();
    await page.getByRole('heading', { name: 'Jan Jansen' }).waitFor();

    await caseload.open();
    await expect.poll(() => caseload.rows().count()).toBe(2);
    // Accent-insensitive search as you type, also over phone numbers.
    await caseload.search('zoe');
    await expect.poll(() => caseload.rows().count()).toBe(1);
    expect(await caseload.rows().first().innerText()).toContain('de Vries');
    await caseload.search('0612');
    await expect.poll(() => caseload.rows().count()).toBe(1);

    await app().restart();
    page = app().page;
    const again = new CaseloadPage(page);
    await again.open();
    await again.search('');
    await expect.poll(() => again.rows().count()).toBe(2);
    await again.clientLink(/de Vries/).first().click();
    await page.getByRole('heading', { name: 'Zoë de Vries' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('zoe@example.nl');
  });

  it('shows a name that looks like HTML as plain text', async () => {
    const page = app().page;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const caseload = new CaseloadPage(page);
    const form = new ClientFormPage(page);
    await caseload.open();
    await caseload.startNewClient();
    await form.fill({ givenName: '<img src=x onerror=alert(1)>', familyName: 'Test' });
    await form.save();
    await page.getByRole('heading', { name: '<img src=x onerror=alert(1)> Test' }).waitFor();
    await caseload.open();
    await expect.poll(() => caseload.rows().count()).toBe(1);
    expect(await caseload.rows().first().innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
