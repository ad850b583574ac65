import type { Page } from 'playwright-core';

export interface ClientFormValues {
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  phone?: string;
  email?: string;
  address?: string;
}

const dutchLabels: Record<keyof ClientFormValues, string> = {
  givenName: 'Voornaam',
  familyName: 'Achternaam',
  dateOfBirth: 'Geboortedatum',
  phone: 'Telefoon',
  email: 'E-mail',
  address: 'Adres',
};

/** The new/edit client form. */
export class ClientFormPage {
  constructor(
    private readonly page: Page,
    private readonly labels: Record<keyof ClientFormValues, string> = dutchLabels,
    private readonly saveLabel = 'Opslaan',
  ) {}

  async fill(values: ClientFormValues): Promise<void> {
    for (const [field, value] of Object.entries(values) as [keyof ClientFormValues, string][]) {
      await this.page.getByLabel(this.labels[field], { exact: true }).fill(value);
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.saveLabel }).click();
  }

  field(name: keyof ClientFormValues) {
    return this.page.getByLabel(this.labels[name], { exact: true });
  }
}
