import type { Locator, Page } from 'playwright-core';

/** The caseload list, as a worker uses it: search, filter, open, add. Labels follow the UI language. */
export class CaseloadPage {
  constructor(
    private readonly page: Page,
    private readonly words: { search: string; status: string; newClient: string; nav: string } = {
      search: 'Zoeken op naam',
      status: 'Status',
      newClient: 'Nieuwe cliënt',
      nav: 'Caseload',
    },
  ) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.words.nav }).click();
  }

  searchBox(): Locator {
    return this.page.getByLabel(this.words.search);
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  async filterStatus(label: string): Promise<void> {
    await this.page.getByLabel(this.words.status).selectOption({ label });
  }

  /** The rows as the worker reads them: each row's visible text. */
  rows(): Locator {
    return this.page.getByRole('main').getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  clientLink(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name });
  }

  async startNewClient(): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: this.words.newClient }).first().click();
  }
}
