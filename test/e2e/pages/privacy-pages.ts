import type { Locator, Page } from 'playwright-core';

/** A client's Privacy tab: consent per purpose and erasing the whole file. Dutch labels. */
export class ClientPrivacyTab {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Privacy' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Privacy' }).click();
    await this.panel().getByRole('heading', { name: 'Toestemming' }).waitFor();
  }

  /** The block of one purpose ("Gegevens bewaren", …): its current answer and its buttons. */
  purpose(name: string): Locator {
    return this.panel().getByRole('listitem').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Records a "yes" for a purpose, said by the client on `date` (YYYY-MM-DD). */
  async recordConsentGiven(purpose: string, date: string): Promise<void> {
    await this.purpose(purpose).getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const form = this.panel().getByRole('form', { name: purpose });
    await form.getByRole('radio', { name: 'Ja, de cliënt geeft toestemming' }).check();
    await form.getByLabel('Datum waarop de cliënt dit zei').fill(date);
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** Opens the erase question; the dialog is named after the client. */
  async startErasing(fullName: string): Promise<Locator> {
    await this.panel().getByRole('button', { name: 'Cliënt volledig verwijderen' }).click();
    const dialog = this.page.getByRole('alertdialog', { name: `${fullName} volledig verwijderen?` });
    await dialog.waitFor();
    return dialog;
  }
}

/** `#/backups`: make one now, see the list, restore one behind a question. */
export class BackupsPage {
  constructor(private readonly page: Page) {}

  /** Through the sidebar's Privacy page, as a worker finds it. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Privacy' }).click();
    await this.page.getByRole('main').getByRole('link', { name: 'Back-ups', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Back-ups', level: 1 }).waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Back-ups in je gegevensmap' });
  }

  /** The rows of backups of one kind ("Zelf gemaakt", "Dagelijks", "Vóór het terugzetten"). */
  rows(kind: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) });
  }

  status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  async createNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await this.status().filter({ hasText: /^Back-up gemaakt: / }).waitFor();
  }
}

/** `#/audit`: the chain check, the table of log lines, filters and the export. */
export class AuditLogPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Privacy' }).click();
    await this.page.getByRole('main').getByRole('link', { name: /^Auditlog/ }).click();
    await this.page.getByRole('heading', { name: 'Auditlog', level: 1 }).waitFor();
  }

  /** The banner's headline when the check of the hash chain found nothing wrong. */
  chainIntact(): Locator {
    return this.page.getByRole('main').getByRole('status').getByText(/^De auditlog is intact: \d+ regels gecontroleerd$/);
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Regels in de auditlog, nieuwste eerst' });
  }

  /** Log lines (not the header row) whose Handeling cell says `action` ("Gewist", "Teruggezet", …). */
  rowsWithAction(action: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell', { name: action, exact: true }) });
  }
}
