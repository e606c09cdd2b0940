import { readFileSync } from 'node:fs';
import { UserError } from '../../model/errors.ts';
import { buildIndex, type GazetteerIndex } from './build.ts';
import { scanWith } from './scan.ts';
import { looseKey } from './tokens.ts';
import type { CityHit, Country, Organization, PlaceMention } from './types.ts';
import { validateCountries, validateOrganizations } from './validate.ts';

export type { CityHit, Country, Organization, PlaceKind, PlaceMention } from './types.ts';
export type { GazetteerIndex } from './build.ts';

const COUNTRIES = 'data/lexicon/countries.json';
const ORGS = 'data/lexicon/organizations.json';

/** A data file's JSON, or a UserError that names the file and says what to do. */
export function readJson(url: URL, label: string): unknown {
  let body: string;
  try {
    body = readFileSync(url, 'utf8');
  } catch (err) {
    throw new UserError('gazetteer', `${label} could not be read: ${(err as Error).message}`,
      'reinstall Readout or restore the file from the repository');
  }
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new UserError('gazetteer', `${label} is not valid JSON: ${(err as Error).message}`,
      'fix the syntax error (a JSON linter shows the line) or restore the file from the repository');
  }
}

/** Builds a gazetteer from already-parsed file contents; the files' labels appear in error messages. */
export function createGazetteer(countries: unknown, organizations: unknown,
  labels: { countries: string; orgs: string } = { countries: COUNTRIES, orgs: ORGS }): GazetteerIndex {
  return buildIndex(validateCountries(countries, labels.countries), validateOrganizations(organizations, labels.orgs), labels);
}

let cached: GazetteerIndex | null = null;

/** The built-in gazetteer, read and checked on first use. */
export function gazetteer(): GazetteerIndex {
  if (cached) return cached;
  cached = createGazetteer(
    readJson(new URL('../../../data/lexicon/countries.json', import.meta.url), COUNTRIES),
    readJson(new URL('../../../data/lexicon/organizations.json', import.meta.url), ORGS),
  );
  return cached;
}

/** Every country, demonym, capital, city, seat-of-power and organisation mention, left to right, longest match first, no overlaps. */
export function scanPlaces(text: string): PlaceMention[] {
  const found = scanWith(gazetteer(), text);
  // "US$ 20 billion", "A$1.5 billion", "HK$": a currency, not the country.
  const kept = text.includes('$') ? found.filter((m) => text.charCodeAt(m.end) !== 36) : found;
  return text.includes(')') ? definedAcronyms(text, kept) : kept;
}

const ACRONYM_DEFINED = /^\s*\((\p{Lu}{2,6})\)/u;
/**
 * "the Islamic Emirate of Afghanistan (IEA) ... the IEA's ambassador": an acronym the article defines
 * for a country or organisation means that one in this article, whatever else the lists know it as
 * (here the International Energy Agency).
 */
function definedAcronyms(text: string, found: PlaceMention[]): PlaceMention[] {
  let defined: Map<string, PlaceMention> | null = null;
  for (const p of found) {
    if (p.kind === 'city' || p.kind === 'capital') continue;
    const m = ACRONYM_DEFINED.exec(text.slice(p.end, p.end + 12));
    if (m) (defined ??= new Map()).set(m[1], p);
  }
  if (!defined) return found;
  return found.map((q) => {
    const p = q.kind === 'org' ? defined!.get(text.slice(q.start, q.end).replace(/['’]s$/, '')) : undefined;
    return p && p !== q && (p.org !== q.org || p.iso3 !== q.iso3) ? { ...q, kind: p.kind, iso3: p.iso3, org: p.org, city: p.city } : q;
  });
}

export function countryByIso3(iso3: string): Country | undefined {
  return gazetteer().byIso3.get(iso3.toUpperCase());
}

export function allCountries(): readonly Country[] {
  return gazetteer().countries;
}

function lookup<T>(map: Map<string, T>, s: string): T | undefined {
  const k = looseKey(s);
  return map.get(k) ?? (k.endsWith("'S") ? map.get(k.slice(0, -2)) : undefined);
}

/** ISO3 for a country name, short form or demonym, in any case, with or without diacritics or "the". */
export function iso3FromName(s: string): string | null {
  return lookup(gazetteer().names, s) ?? null;
}

export function cityLookup(s: string): CityHit | null {
  return lookup(gazetteer().cities, s) ?? null;
}

/** An organisation by its name, an alias or an acronym, in any case. */
export function orgLookup(s: string): Organization | null {
  return lookup(gazetteer().orgNames, s) ?? null;
}

/** The organisation a city's name stands for when the city acts ("Brussels wants ..."), or null. */
export function orgSpeakingAs(city: string): string | null {
  return lookup(gazetteer().orgSeats, city) ?? null;
}

export function orgById(id: string): Organization | undefined {
  return gazetteer().orgsById.get(id);
}

/** The organisation that speaks for this one: the EU for the European Commission, itself for most. */
export function orgSide(id: string): string {
  return gazetteer().orgsById.get(id)?.partOf ?? id;
}

export function isIso3(s: string): boolean {
  return gazetteer().byIso3.has(s);
}
