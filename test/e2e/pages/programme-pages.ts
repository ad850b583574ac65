import type { Locator, Page } from 'playwright-core';

/** The client's Programma tab and the session view used during the conversation. */
export class ProgrammePage {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Programma' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Programma' }).click();
  }

  async start(firstSessionAt: string): Promise<void> {
    await this.panel().getByRole('button', { name: 'Programma starten' }).click();
    const form = this.panel().getByRole('form', { name: 'Programma starten' });
    await form.getByLabel('Eerste bijeenkomst').fill(firstSessionAt);
    await form.getByRole('button', { name: 'Starten' }).click();
    await this.panel().getByRole('table', { name: 'Bijeenkomsten' }).waitFor();
  }

  /** Opens a session, records attendance, the two stress check-ins and notes; waits for the autosave. */
  async holdSession(number: number, check: { before: number; after: number; notes: string }): Promise<void> {
    await this.panel().getByRole('link', { name: new RegExp(`^Bijeenkomst ${number} openen`) }).click();
    const main = this.page.getByRole('main');
    await main.getByRole('group', { name: 'Aanwezigheid' }).getByRole('radio', { name: 'Aanwezig' }).check();
    await main.getByRole('group', { name: 'Spanning bij het begin' }).getByRole('radio', { name: new RegExp(`^${check.before}\\b`) }).check();
    await main.getByRole('group', { name: 'Spanning aan het eind' }).getByRole('radio', { name: new RegExp(`^${check.after}\\b`) }).check();
    await main.getByLabel('Aantekeningen').fill(check.notes);
    await main.getByLabel('Aantekeningen').blur();
    await main.getByRole('status').filter({ hasText: /Opgeslagen om/ }).first().waitFor();
  }

  guidance(): Locator {
    return this.panel().getByRole('region', { name: 'Om over na te denken' });
  }
}

/** The Metingen tab: fill in a questionnaire item by item, read results and the chart. */
export class MeasuresPage {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Metingen' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Metingen' }).click();
  }

  /** Answers every item with the same option, as a quick but real walk through the form. */
  async fillDeJongGierveld11(moment: string, takenOn: string, answer: string): Promise<void> {
    await this.panel().getByRole('button', { name: 'Vragenlijst invullen' }).click();
    const form = this.panel().getByRole('form', { name: 'Vragenlijst invullen' });
    await form.getByLabel('Vragenlijst', { exact: true }).selectOption({ label: 'De Jong Gierveld-eenzaamheidsschaal (11 items)' });
    await form.getByLabel('Moment', { exact: true }).selectOption({ label: moment });
    await form.getByLabel('Datum', { exact: true }).fill(takenOn);
    const items = form.getByRole('group').filter({ has: this.page.getByRole('radio', { name: answer, exact: true }) });
    const count = await items.count();
    if (count !== 11) throw new Error(`expected 11 items, found ${count}`);
    for (let index = 0; index < count; index++) await items.nth(index).getByRole('radio', { name: answer, exact: true }).check();
    await form.getByRole('button', { name: 'Meting opslaan' }).click();
  }
}
