import { UserError } from '../../model/errors.ts';
import type { Country, Organization } from './types.ts';

// The lexicon files are meant to be edited by hand, so every check names the file, the entry and the
// field, and says what was expected: a bad edit should be fixable from the message alone.

export interface CountryRecord extends Country {
  /** Phrases that contain one of this country's names but mean something else ("New Guinea"). */
  excludes: string[];
}

const HINT = 'fix the entry (data/lexicon/README.md describes the format) or restore the file from the repository';

function fail(file: string, where: string, what: string): never {
  throw new UserError('gazetteer', `${file}: ${where}: ${what}`, HINT);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(file: string, where: string, e: Record<string, unknown>, field: string): string {
  const v = e[field];
  if (typeof v !== 'string' || v.trim() === '') fail(file, where, `"${field}" must be a non-empty string`);
  if (v !== v.trim()) fail(file, where, `"${field}" has leading or trailing spaces: ${JSON.stringify(v)}`);
  return v;
}

function list(file: string, where: string, e: Record<string, unknown>, field: string, optional = false): string[] {
  const v = e[field];
  if (v === undefined && optional) return [];
  if (!Array.isArray(v)) fail(file, where, `"${field}" must be a list of strings`);
  v.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') fail(file, where, `"${field}"[${i}] must be a non-empty string`);
    if (s !== s.trim()) fail(file, where, `"${field}"[${i}] has leading or trailing spaces: ${JSON.stringify(s)}`);
  });
  return v as string[];
}

export function validateCountries(raw: unknown, file: string): CountryRecord[] {
  if (!Array.isArray(raw)) fail(file, 'top level', 'must be a JSON list of country entries');
  const iso3Seen = new Map<string, number>();
  const iso2Seen = new Map<string, number>();
  return raw.map((e, i) => {
    if (!isObject(e)) fail(file, `entry ${i}`, 'must be an object');
    const iso3 = e.iso3;
    if (typeof iso3 !== 'string' || !/^[A-Z]{3}$/.test(iso3)) fail(file, `entry ${i}`, `"iso3" must be 3 capital letters, got ${JSON.stringify(iso3)}`);
    const where = `entry ${i} (${iso3})`;
    if (iso3Seen.has(iso3)) fail(file, where, `iso3 "${iso3}" is already used by entry ${iso3Seen.get(iso3)}`);
    iso3Seen.set(iso3, i);
    const iso2 = e.iso2;
    if (typeof iso2 !== 'string' || !/^[A-Z]{2}$/.test(iso2)) fail(file, where, `"iso2" must be 2 capital letters, got ${JSON.stringify(iso2)}`);
    if (iso2Seen.has(iso2)) fail(file, where, `iso2 "${iso2}" is already used by entry ${iso2Seen.get(iso2)}`);
    iso2Seen.set(iso2, i);
    const capital = e.capital;
    if (capital !== null && (typeof capital !== 'string' || capital.trim() === '')) fail(file, where, '"capital" must be a name or null');
    const capitalAliases = list(file, where, e, 'capitalAliases');
    if (capital === null && capitalAliases.length) fail(file, where, '"capitalAliases" given but "capital" is null');
    const cities = list(file, where, e, 'cities');
    const aliasesRaw = e.cityAliases ?? {};
    if (!isObject(aliasesRaw)) fail(file, where, '"cityAliases" must be an object mapping a spelling to a listed city');
    const cityAliases: Record<string, string> = {};
    for (const [alias, target] of Object.entries(aliasesRaw)) {
      if (typeof target !== 'string' || !cities.includes(target))
        fail(file, where, `"cityAliases" maps "${alias}" to ${JSON.stringify(target)}, which is not in "cities"`);
      cityAliases[alias] = target;
    }
    const metonyms = list(file, where, e, 'metonyms');
    const seatsRaw = e.metonymCities ?? {};
    if (!isObject(seatsRaw)) fail(file, where, '"metonymCities" must be an object mapping a metonym to a listed city or null');
    const metonymCities: Record<string, string | null> = {};
    for (const [seat, city] of Object.entries(seatsRaw)) {
      if (!metonyms.includes(seat)) fail(file, where, `"metonymCities" names "${seat}", which is not in "metonyms"`);
      if (city !== null && (typeof city !== 'string' || (city !== capital && !cities.includes(city))))
        fail(file, where, `"metonymCities" puts "${seat}" in ${JSON.stringify(city)}, which is neither the capital nor in "cities"`);
      metonymCities[seat] = city as string | null;
    }
    return {
      iso3, iso2,
      name: text(file, where, e, 'name'),
      names: list(file, where, e, 'names'),
      demonyms: list(file, where, e, 'demonyms'),
      capital: capital as string | null,
      capitalAliases, cities, cityAliases, metonyms, metonymCities,
      excludes: list(file, where, e, 'excludes', true),
    };
  });
}

export function validateOrganizations(raw: unknown, file: string): Organization[] {
  if (!Array.isArray(raw)) fail(file, 'top level', 'must be a JSON list of organisation entries');
  const seen = new Map<string, number>();
  return raw.map((e, i) => {
    if (!isObject(e)) fail(file, `entry ${i}`, 'must be an object');
    const id = text(file, `entry ${i}`, e, 'id');
    const where = `entry ${i} (${id})`;
    if (seen.has(id)) fail(file, where, `id "${id}" is already used by entry ${seen.get(id)}`);
    seen.set(id, i);
    const partOf = e.partOf ?? null;
    if (partOf !== null && typeof partOf !== 'string') fail(file, where, '"partOf" must be the id of another organisation, or absent');
    return { id, name: text(file, where, e, 'name'), aliases: list(file, where, e, 'aliases'), acronyms: list(file, where, e, 'acronyms'), partOf, speaksAs: list(file, where, e, 'speaksAs', true) };
  }).map((o, i, all) => {
    if (o.partOf !== null && !all.some((x) => x.id === o.partOf && x.partOf === null)) {
      fail(file, `entry ${i} (${o.id})`, `"partOf" names "${o.partOf}", which is no organisation's id here (or is itself part of another)`);
    }
    return o;
  });
}
