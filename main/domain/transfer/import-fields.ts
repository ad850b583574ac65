/**
 * The fields a CSV column can fill. Plain constants, free of zod, so the renderer's mapping screen
 * can import them (see client-status.ts for why the renderer takes no zod schemas).
 *
 * A spreadsheet often splits what Verbind keeps in one field: the tussenvoegsel ("van der") beside
 * the family name, and street, house number, postcode and town in their own columns. Each part is
 * its own import field; client-rows.ts joins them into the client field named in `importFieldTargets`.
 */
export const clientFieldNames = ['givenName', 'familyName', 'dateOfBirth', 'phone', 'email', 'address', 'status'] as const;
export type ClientFieldName = (typeof clientFieldNames)[number];

export const clientImportFields = [
  'givenName',
  'familyNamePrefix',
  'familyName',
  'dateOfBirth',
  'phone',
  'email',
  'address',
  'houseNumber',
  'postcode',
  'town',
  'status',
] as const;
export type ClientImportField = (typeof clientImportFields)[number];

/** The client field each import field fills, so an issue on "address" can point at its columns. */
export const importFieldTargets: Readonly<Record<ClientImportField, ClientFieldName>> = {
  givenName: 'givenName',
  familyNamePrefix: 'familyName',
  familyName: 'familyName',
  dateOfBirth: 'dateOfBirth',
  phone: 'phone',
  email: 'email',
  address: 'address',
  houseNumber: 'address',
  postcode: 'address',
  town: 'address',
  status: 'status',
};
