import { expect, it } from 'vitest';
import { describeOnTargets } from '../support/spec';

describeOnTargets('a worker switches the app to English', ({ app }) => {
  it('applies English at once and keeps it after a restart', async () => {
    let page = app().page;
    await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).click();
    // Applied at once: the navigation and the page speak English without a reload.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await app().restart();
    page = app().page;
    // The last view (Settings) and the language both come back.
    await page.getByRole('radio', { name: 'English' }).waitFor();
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
    await page.getByLabel('Search', { exact: true }).waitFor();
  });
});
