/**
 * The fields an actors file may carry. Column and key names are matched loosely (case, spaces,
 * "_" and "-" ignored) because people write them by hand in spreadsheets and JSON alike.
 */

export type Field = 'name' | 'aliases' | 'role' | 'country' | 'org' | 'validFrom' | 'validTo';

/** How each field is named in messages, in the CSV column style users are told about. */
export const FIELD_LABEL: Readonly<Record<Field, string>> = {
  name: 'name',
  aliases: 'aliases',
  role: 'role',
  country: 'country',
  org: 'org',
  validFrom: 'valid_from',
  validTo: 'valid_to',
};

const SPELLINGS: Readonly<Record<string, Field>> = {
  name: 'name',
  aliases: 'aliases',
  role: 'role',
  country: 'country',
  org: 'org',
  validfrom: 'validFrom',
  from: 'validFrom',
  validto: 'validTo',
  to: 'validTo',
};

export const KNOWN_COLUMNS = Object.values(FIELD_LABEL).join(', ');

export function fieldFor(key: string): Field | null {
  return SPELLINGS[key.toLowerCase().replace(/[\s_-]+/gu, '')] ?? null;
}
