import { parse as parseCsv } from 'csv-parse/sync';
import type { DictionaryEntry } from '../../../model/actor.ts';
import { UserError } from '../../../model/errors.ts';
import { FIELD_LABEL, KNOWN_COLUMNS, fieldFor, type Field } from './entry-fields.ts';
import { foldName } from './fold-name.ts';
import { normaliseBound } from './validity-dates.ts';

const CODE = 'actors-file';
const ISO3 = /^[A-Za-z]{3}$/u;

/** Where a problem sits, worded for the file's own kind ("row 3" of a CSV, "entry 3" of a JSON list). */
interface Place {
  source: string;
  format: 'json' | 'csv';
  /** 1-based; for CSV the line number, counting the header as row 1. */
  index: number;
}

const where = (p: Place): string => `actors file ${p.source}, ${p.format === 'csv' ? 'row' : 'entry'} ${p.index}`;
const fixHint = (p: Place, field: string): string =>
  p.format === 'csv' ? `fix the row or leave ${field} empty` : `fix the entry or set ${field} to null`;

/** One entry's raw values, keyed by field; `undefined` means the field was not given at all. */
type RawFields = Partial<Record<Field, unknown>>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `'${value}'`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function optionalText(raw: RawFields, field: Field, p: Place): string | null {
  const value = raw[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    throw new UserError(CODE, `${where(p)}: '${FIELD_LABEL[field]}' must be text, got ${describe(value)}`, fixHint(p, FIELD_LABEL[field]));
  }
  const text = value.trim().replace(/\s+/gu, ' ');
  return text === '' ? null : text;
}

function readAliases(raw: RawFields, p: Place): string[] {
  const value = raw.aliases;
  if (value === undefined || value === null) return [];
  let parts: unknown[];
  if (typeof value === 'string') parts = value.split(';');
  else if (Array.isArray(value)) parts = value;
  else {
    throw new UserError(
      CODE,
      `${where(p)}: 'aliases' must be a list of names or one text with names separated by ';', got ${describe(value)}`,
      fixHint(p, 'aliases'),
    );
  }
  const out: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      throw new UserError(CODE, `${where(p)}: every alias must be text, got ${describe(part)}`, fixHint(p, 'aliases'));
    }
    const alias = part.trim().replace(/\s+/gu, ' ');
    if (alias !== '') out.push(alias);
  }
  return out;
}

function readBound(raw: RawFields, field: 'validFrom' | 'validTo', p: Place): string | null {
  let value = raw[field];
  // A bare year is natural to type as a JSON number.
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  const text = optionalText({ [field]: value }, field, p);
  if (text === null) return null;
  const date = normaliseBound(text, field === 'validFrom' ? 'from' : 'to');
  if (date === null) {
    throw new UserError(
      CODE,
      `${where(p)}: '${FIELD_LABEL[field]}' must be a date like 2024-07-02, 2024-07 or 2024, got '${text}'`,
      `write the date as YYYY-MM-DD, YYYY-MM or YYYY, or ${p.format === 'csv' ? 'leave it empty' : 'set it to null'} for an open-ended entry`,
    );
  }
  return date;
}

function toEntry(raw: RawFields, p: Place): DictionaryEntry {
  const name = optionalText(raw, 'name', p);
  if (name === null) {
    throw new UserError(CODE, `${where(p)}: 'name' is required and is missing or empty`, 'give every person a name, or delete the empty ' + (p.format === 'csv' ? 'row' : 'entry'));
  }
  if (foldName(name) === '') {
    throw new UserError(CODE, `${where(p)}: 'name' has no letters or digits, got '${name}'`, 'write the person\'s name as news text gives it');
  }
  const countryText = optionalText(raw, 'country', p);
  if (countryText !== null && !ISO3.test(countryText)) {
    throw new UserError(
      CODE,
      `${where(p)}: 'country' must be an ISO 3166-1 alpha-3 code like KAZ, got '${countryText}'`,
      fixHint(p, 'country'),
    );
  }
  const validFrom = readBound(raw, 'validFrom', p);
  const validTo = readBound(raw, 'validTo', p);
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    throw new UserError(
      CODE,
      `${where(p)}: 'valid_to' ${validTo} is before 'valid_from' ${validFrom}`,
      'swap the two dates or correct the wrong one',
    );
  }
  const folded = foldName(name);
  const seen = new Set([folded]);
  const aliases: string[] = [];
  for (const alias of readAliases(raw, p)) {
    const key = foldName(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return {
    name,
    aliases,
    role: optionalText(raw, 'role', p),
    country: countryText === null ? null : countryText.toUpperCase(),
    org: optionalText(raw, 'org', p),
    validFrom,
    validTo,
  };
}

/** Rows that say the same thing about the same person collapse into one, their aliases pooled. */
function mergeDuplicates(entries: DictionaryEntry[]): DictionaryEntry[] {
  const byKey = new Map<string, DictionaryEntry>();
  for (const e of entries) {
    const key = JSON.stringify([foldName(e.name), e.role?.toLowerCase() ?? null, e.country, e.org?.toLowerCase() ?? null, e.validFrom, e.validTo]);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...e, aliases: [...e.aliases] });
      continue;
    }
    const have = new Set([foldName(kept.name), ...kept.aliases.map(foldName)]);
    for (const alias of e.aliases) {
      if (!have.has(foldName(alias))) {
        have.add(foldName(alias));
        kept.aliases.push(alias);
      }
    }
  }
  return [...byKey.values()];
}

function emptyFile(source: string): UserError {
  return new UserError(
    CODE,
    `actors file ${source} is empty`,
    'give a CSV header row (name, aliases, role, country, org, valid_from, valid_to) and one row per person, or a JSON list of entries',
  );
}

function rawFromObject(obj: unknown, p: Place): RawFields {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new UserError(CODE, `${where(p)}: must be an object like {"name": "...", "country": "KAZ"}, got ${describe(obj)}`, 'make every entry of the list an object');
  }
  const raw: RawFields = {};
  const keyOf: Partial<Record<Field, string>> = {};
  for (const [key, value] of Object.entries(obj)) {
    const field = fieldFor(key);
    if (field === null) {
      throw new UserError(CODE, `${where(p)}: unknown key '${key}'`, `use only the keys ${KNOWN_COLUMNS} (validFrom/validTo and from/to are accepted too)`);
    }
    if (keyOf[field] !== undefined) {
      throw new UserError(CODE, `${where(p)}: '${keyOf[field]}' and '${key}' both give ${FIELD_LABEL[field]}`, 'keep only one of them');
    }
    keyOf[field] = key;
    raw[field] = value;
  }
  return raw;
}

function parseJson(content: string, source: string): DictionaryEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (err) {
    throw new UserError(CODE, `actors file ${source} is not valid JSON: ${(err as Error).message}`, 'check the file with a JSON validator, or give a .csv file instead');
  }
  let list: unknown = doc;
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
    if (!('actors' in doc)) {
      throw new UserError(CODE, `actors file ${source}: a JSON object must hold its entries under "actors"`, 'write {"actors": [ ... ]} or a bare list [ ... ]');
    }
    list = (doc as { actors: unknown }).actors;
  }
  if (!Array.isArray(list)) {
    throw new UserError(CODE, `actors file ${source}: expected a JSON list of entries, got ${describe(list)}`, 'write a list [ {"name": ...}, ... ] or {"actors": [ ... ]}');
  }
  if (list.length === 0) throw emptyFile(source);
  return list.map((item, i) => {
    const p: Place = { source, format: 'json', index: i + 1 };
    return toEntry(rawFromObject(item, p), p);
  });
}

interface CsvRow {
  record: string[];
  info: { lines: number };
}

function parseCsvText(content: string, source: string): DictionaryEntry[] {
  let rows: CsvRow[];
  try {
    rows = parseCsv(content, { bom: true, info: true, skip_empty_lines: true }) as unknown as CsvRow[];
  } catch (err) {
    throw new UserError(CODE, `actors file ${source} is not readable CSV: ${(err as Error).message}`, 'give every row as many fields as the header, and close every quote');
  }
  const nonBlank = rows.filter((r) => r.record.some((f) => f.trim() !== ''));
  if (nonBlank.length === 0) throw emptyFile(source);
  const [header, ...body] = nonBlank;
  const columns: (Field | null)[] = [];
  const seen = new Map<Field, string>();
  for (const rawName of header.record) {
    const label = rawName.trim();
    if (label === '') {
      columns.push(null); // a trailing comma in the header; its cells must stay empty
      continue;
    }
    const field = fieldFor(label);
    if (field === null) {
      throw new UserError(CODE, `actors file ${source}: unknown column '${label}' in the header row`, `use only the columns ${KNOWN_COLUMNS}`);
    }
    const before = seen.get(field);
    if (before !== undefined) {
      throw new UserError(CODE, `actors file ${source}: columns '${before}' and '${label}' both give ${FIELD_LABEL[field]}`, 'keep only one of them');
    }
    seen.set(field, label);
    columns.push(field);
  }
  if (!seen.has('name')) {
    throw new UserError(CODE, `actors file ${source}: the header row has no 'name' column`, `start the file with a header row such as: ${KNOWN_COLUMNS}`);
  }
  if (body.length === 0) {
    throw new UserError(CODE, `actors file ${source} has a header row but no people`, 'add one row per person under the header');
  }
  return body.map((row) => {
    // csv-parse reports the line a record ends on; step back over newlines inside quoted cells.
    const inner = row.record.reduce((n, f) => n + (f.match(/\n/gu)?.length ?? 0), 0);
    const p: Place = { source, format: 'csv', index: row.info.lines - inner };
    const raw: RawFields = {};
    row.record.forEach((cell, i) => {
      const field = columns[i];
      if (field) raw[field] = cell;
      else if (cell.trim() !== '') {
        throw new UserError(CODE, `${where(p)}: value '${cell.trim()}' sits in a column without a header`, 'name the column in the header row or remove the value');
      }
    });
    return toEntry(raw, p);
  });
}

/**
 * Reads an actor dictionary (the user's --actors file or the built-in list) into validated entries.
 * `sourceName` names the input in error messages.
 *
 * JSON: a list of objects, or `{"actors": [...]}`. CSV: a header row, then one row per person.
 * Fields: `name` (required), `aliases` (a list, or names separated by ";"), `role`, `country`
 * (ISO 3166-1 alpha-3, any case), `org`, `valid_from` and `valid_to` (also `validFrom`/`from`,
 * `validTo`/`to`; YYYY-MM-DD, YYYY-MM or YYYY, widened to the whole month or year). Empty values
 * mean "not given". Rows that repeat the same person, role and dates merge into one entry.
 */
export function parseActorDictionary(content: string, format: 'json' | 'csv', sourceName: string): DictionaryEntry[] {
  const text = content.replace(/^\uFEFF/u, '');
  if (text.trim() === '') throw emptyFile(sourceName);
  const entries = format === 'json' ? parseJson(text, sourceName) : parseCsvText(text, sourceName);
  return mergeDuplicates(entries);
}
