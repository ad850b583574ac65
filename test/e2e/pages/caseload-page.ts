import type { Locator, Page } from 'playwright-core';

/** The caseload list, as a worker uses it: search, filter, open, add, import. Dutch labels by default. */
export class CaseloadPage {
  constructor(
    private readonly page: Page,
    private readonly words: { search: string; status: string; newClient: string; nav: string; importLink: string } = {
      search: 'Zoeken',
      status: 'Status',
      newClient: 'Nieuwe cliënt',
      nav: 'Caseload',
      importLink: 'Importeren',
    },
  ) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.words.nav }).click();
    await this.searchBox().waitFor();
  }

  searchBox(): Locator {
    return this.page.getByLabel(this.words.search, { exact: true });
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  /** The client rows of the grid (only those scrolled into view are in the page). */
  rows(): Locator {
    return this.page.getByRole('main').getByRole('grid').getByRole('row').filter({ has: this.page.getByRole('link') });
  }

  /** The count line above the list, e.g. "48 cliënten". */
  count(): Locator {
    return this.page.getByRole('main').getByText(/^\d+ cliënten?( gevonden)?$/);
  }

  clientLink(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name });
  }

  async startNewClient(): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: this.words.newClient }).first().click();
  }

  async startImport(): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: this.words.importLink, exact: true }).click();
  }
}
