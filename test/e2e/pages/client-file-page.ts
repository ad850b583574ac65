import type { Locator, Page } from 'playwright-core';

export interface ContactEntry {
  /** `YYYY-MM-DDTHH:mm`, local time. */
  at: string;
  type: string;
  minutes: number;
  present?: string;
  summary: string;
  agreements: { text: string; owner: 'Begeleider' | 'Cliënt'; due?: string }[];
}

/** A client's file: tabs, the contact log and its agreements. */
export class ClientFilePage {
  constructor(private readonly page: Page) {}

  async openTab(name: 'Overzicht' | 'Contactlog' | 'Afspraken'): Promise<Locator> {
    await this.page.getByRole('tab', { name }).click();
    return this.page.getByRole('tabpanel', { name });
  }

  /** Logs a contact the way a worker does in a hurry: keyboard only, saved with Ctrl+Enter. */
  async logContact(entry: ContactEntry): Promise<void> {
    const panel = await this.openTab('Contactlog');
    const form = panel.getByRole('form', { name: 'Contact vastleggen' });
    await form.getByLabel('Datum en tijd').fill(entry.at);
    await form.getByLabel('Soort contact').selectOption({ label: entry.type });
    await form.getByLabel('Duur in minuten').fill(String(entry.minutes));
    if (entry.present) await form.getByLabel('Wie waren erbij').fill(entry.present);
    await form.getByLabel('Verslag').fill(entry.summary);
    for (const [index, agreement] of entry.agreements.entries()) {
      await form.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
      const row = form.getByRole('group', { name: `Actiepunt ${index + 1}` });
      await row.getByLabel('Omschrijving').fill(agreement.text);
      await row.getByLabel('Wie doet het').selectOption({ label: agreement.owner });
      if (agreement.due) await row.getByLabel('Uiterlijk op').fill(agreement.due);
    }
    await form.getByLabel('Verslag').press('Control+Enter');
    await panel.getByRole('region', { name: 'Eerdere contacten' }).getByText(entry.summary.split('\n')[0]!).first().waitFor();
  }

  /** The logged contacts, newest first, as articles. */
  contacts(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Contactlog' }).getByRole('region', { name: 'Eerdere contacten' }).getByRole('article');
  }
}
