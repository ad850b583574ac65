import { z } from 'zod';
import { clientImportFields, type ClientImportField } from './import-fields';

/**
 * Which CSV column (0-based) fills which import field. Plain data: the mapping screen lets the
 * worker change it and sends it back, so it is validated with `columnMappingSchema`. One column
 * fills at most one field; a field left out is not imported.
 */
const columnIndex = z
  .int({ error: 'import:mapping.columnInvalid' })
  .min(0, { error: 'import:mapping.columnInvalid' })
  .max(9_999, { error: 'import:mapping.columnInvalid' })
  .optional();

const shape = Object.fromEntries(clientImportFields.map((field) => [field, columnIndex])) as Record<
  ClientImportField,
  typeof columnIndex
>;

export const columnMappingSchema = z.strictObject(shape).superRefine((mapping, ctx) => {
  const taken = new Set<number>();
  for (const field of clientImportFields) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (taken.has(column)) ctx.addIssue({ code: 'custom', path: [field], message: 'import:mapping.columnUsedTwice' });
    taken.add(column);
  }
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * Header text folded so "Geb. datum", "geboorte datum " and "GEBOORTEDATUM" meet: accents,
 * case, spaces, punctuation and a parenthesised hint like "(dd-mm-jjjj)" are dropped.
 */
export function normaliseHeader(header: string): string {
  // No field name is this long; skipping it keeps a hostile header from costing quadratic time.
  if (header.length > 200) return '';
  // NFD splits "ë" into "e" and a combining mark, which the last step drops with the punctuation.
  return header
    .normalize('NFD')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Normalised header texts per field, Dutch and English, most specific first. */
const synonyms: Readonly<Record<ClientImportField, readonly string[]>> = {
  givenName: ['voornaam', 'roepnaam', 'voornamen', 'firstname', 'givenname', 'forename'],
  familyNamePrefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'tv', 'prefix', 'nameprefix', 'surnameprefix'],
  familyName: ['achternaam', 'familienaam', 'geslachtsnaam', 'lastname', 'surname', 'familyname'],
  dateOfBirth: ['geboortedatum', 'gebdatum', 'gebdat', 'geboren', 'dateofbirth', 'birthdate', 'dob', 'birthday'],
  phone: [
    'telefoon',
    'telefoonnummer',
    'telefoonnr',
    'telnr',
    'tel',
    'mobiel',
    'mobielnummer',
    'mobieltelefoonnummer',
    '06nummer',
    'phone',
    'phonenumber',
    'telephone',
    'mobile',
    'mobilenumber',
  ],
  email: ['email', 'emailadres', 'mail', 'mailadres', 'emailaddress'],
  address: ['adres', 'straat', 'straatnaam', 'straathuisnummer', 'straatenhuisnummer', 'address', 'street', 'streetaddress'],
  houseNumber: ['huisnummer', 'huisnr', 'nr', 'huisnummertoevoeging', 'housenumber', 'houseno'],
  postcode: ['postcode', 'postalcode', 'zipcode', 'zip'],
  town: ['woonplaats', 'plaats', 'plaatsnaam', 'stad', 'city', 'town'],
  status: ['status', 'clientstatus', 'fase'],
};

/**
 * "Naam" beside a "Voornaam" column is the family name; on its own it is usually the full name
 * ("Anna de Vries"), and splitting that is a guess, so then the column stays unmapped.
 */
const familyNameBesideGivenName = ['naam', 'name'];

/** The mapping Verbind proposes from the header row; the worker confirms or changes it. */
export function suggestColumnMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const claim = (field: ClientImportField, candidates: readonly string[]) => {
    for (const candidate of candidates) {
      const column = normalised.findIndex((header, index) => header === candidate && !used.has(index));
      if (column !== -1) {
        mapping[field] = column;
        used.add(column);
        return;
      }
    }
  };
  for (const field of clientImportFields) claim(field, synonyms[field]);
  if (mapping.familyName === undefined && mapping.givenName !== undefined) claim('familyName', familyNameBesideGivenName);
  return mapping;
}

/** Columns no field reads, in file order: shown to the worker as "not imported". */
export function ignoredColumns(columnCount: number, mapping: ColumnMapping): number[] {
  const used = new Set(Object.values(mapping));
  return Array.from({ length: columnCount }, (_, index) => index).filter((index) => !used.has(index));
}

/** Whether every mapped column exists in a file with `columnCount` columns. */
export function mappingFits(mapping: ColumnMapping, columnCount: number): boolean {
  return Object.values(mapping).every((column) => column === undefined || column < columnCount);
}
