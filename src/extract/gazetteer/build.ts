import { UserError } from '../../model/errors.ts';
import { FILTER_MASK, looseKey, nameTokens, stripArticle, wordHash } from './tokens.ts';
import type { CityHit, Country, Organization, PlaceKind } from './types.ts';
import type { CountryRecord } from './validate.ts';

/** One way a scan key can be read: what it names, and the exact (folded) words that must appear. */
export interface Variant {
  /** null for an excluded phrase: the scanner consumes it and reports nothing. */
  kind: PlaceKind | null;
  iso3: string | null;
  org: string | null;
  city: string | null;
  tokens: string[];
  letters: number;
  /** Where the entry came from, for error messages. */
  source: string;
}

/** One entry of the scan map: a key or a leading part of one. */
export interface ScanNode {
  /** Readings when the words so far are a whole name; empty when they only begin one. */
  variants: Variant[];
  /** Whether some longer name starts with these words, so the scanner should read on. */
  extends: boolean;
}

export interface GazetteerIndex {
  countries: readonly Country[];
  byIso3: Map<string, Country>;
  orgs: readonly Organization[];
  orgsById: Map<string, Organization>;
  /**
   * Upper-case folded words joined by spaces → node, for every name and every leading part of one
   * ("UNITED", "UNITED NATIONS", …): the scanner reads on while the words so far are in the map.
   */
  scan: Map<string, ScanNode>;
  /**
   * First words as the data spells them (folded, case kept) → their scan node. A name's first word
   * is written in its canonical case in text unless the whole phrase is in capitals, so this spares
   * the scanner an upper-casing for most words.
   */
  firstExact: Map<string, ScanNode>;
  /** Set at wordHash(first word) & FILTER_MASK for every key: most capitalised words miss and cost no string work. */
  firstFilter: Uint8Array;
  names: Map<string, string>;
  cities: Map<string, CityHit>;
  orgNames: Map<string, Organization>;
  /** A listed city's loose key → the organisation its name stands for as an actor (organizations.json, "speaksAs"). */
  orgSeats: Map<string, string>;
}

const HINT = 'a name may belong to one country or organisation only: remove or qualify one of the two (data/lexicon/README.md)';

function clash(what: string, a: string, b: string): never {
  throw new UserError('gazetteer', `${what} is listed twice: as ${a} and as ${b}`, HINT);
}

function target(v: Variant): string {
  return v.kind === null ? 'excluded' : v.iso3 ?? `org:${v.org}`;
}

/** English plural of a demonym used as a noun ("Kazakhs", "Emiratis"); none for "Swiss", "Chinese", "U.S.". */
function plural(d: string): string | null {
  if (d.includes('.') || d === d.toUpperCase() || /(s|x|z|sh|ch|ese)$/i.test(d)) return null;
  return `${d}s`;
}

export function buildIndex(records: CountryRecord[], orgs: Organization[], files: { countries: string; orgs: string }): GazetteerIndex {
  const scan = new Map<string, ScanNode>();
  const node = (key: string): ScanNode => {
    let nd = scan.get(key);
    if (!nd) { nd = { variants: [], extends: false }; scan.set(key, nd); }
    return nd;
  };

  const addScan = (phrase: string, v: Omit<Variant, 'tokens' | 'letters'>): void => {
    const tokens = nameTokens(phrase);
    if (!tokens) return; // lower-case or punctuated forms stay look-up only
    const key = tokens.map((t) => t.toUpperCase()).join(' ');
    const variant: Variant = { ...v, tokens, letters: tokens.join('').replace(/[^\p{L}]/gu, '').length };
    const existing = node(key).variants;
    for (const e of existing) {
      if (target(e) !== target(variant)) {
        if (e.kind === null && variant.kind === null) return;
        clash(`"${phrase}"`, e.source, variant.source);
      }
      // Same place, same spelling: the earlier (more specific) kind wins.
      if (e.tokens.join(' ') === tokens.join(' ')) return;
    }
    existing.push(variant);
    let prefix = '';
    for (let j = 0; j < tokens.length - 1; j++) {
      prefix = j === 0 ? tokens[0].toUpperCase() : `${prefix} ${tokens[j].toUpperCase()}`;
      node(prefix).extends = true;
    }
  };

  const firstExact = new Map<string, ScanNode>();
  const noteFirst = (): void => {
    for (const nd of scan.values()) {
      for (const v of nd.variants) {
        const head = scan.get(v.tokens[0].toUpperCase());
        if (head) firstExact.set(v.tokens[0], head);
      }
    }
  };

  const countries: Country[] = records.map((r) => Object.freeze({
    iso3: r.iso3, iso2: r.iso2, name: r.name,
    names: Object.freeze([...r.names]) as string[],
    demonyms: Object.freeze([...r.demonyms]) as string[],
    capital: r.capital,
    capitalAliases: Object.freeze([...r.capitalAliases]) as string[],
    cities: Object.freeze([...r.cities]) as string[],
    cityAliases: Object.freeze({ ...r.cityAliases }),
    metonyms: Object.freeze([...r.metonyms]) as string[],
    metonymCities: Object.freeze({ ...r.metonymCities }),
  }));

  const src = (r: CountryRecord, field: string, s: string) => `${r.iso3} ${field} "${s}" in ${files.countries}`;
  const place = (r: CountryRecord, kind: PlaceKind, city: string | null, field: string, s: string) =>
    ({ kind, iso3: r.iso3, org: null, city, source: src(r, field, s) });

  // Insertion order is the precedence when one spelling is several things of the same country
  // ("Djibouti" the country and its capital; "U.S." a name and an adjective).
  for (const r of records) for (const s of [r.name, ...r.names]) addScan(stripArticle(s), place(r, 'country', null, 'name', s));
  for (const r of records) {
    if (r.capital === null) continue;
    for (const s of [r.capital, ...r.capitalAliases]) addScan(s, place(r, 'capital', r.capital, 'capital', s));
  }
  for (const r of records) {
    for (const c of r.cities) addScan(c, place(r, 'city', c, 'city', c));
    for (const [a, c] of Object.entries(r.cityAliases)) addScan(a, place(r, 'city', c, 'city alias', a));
  }
  for (const r of records) {
    for (const d of r.demonyms) addScan(stripArticle(d), place(r, 'demonym', null, 'demonym', d));
    for (const d of r.demonyms) {
      const p = plural(d);
      if (p) addScan(p, place(r, 'demonym', null, 'demonym plural', p));
    }
  }
  for (const r of records) {
    for (const m of r.metonyms) {
      const city = m in r.metonymCities ? r.metonymCities[m] : r.capital;
      addScan(stripArticle(m), place(r, 'metonym', city, 'metonym', m));
    }
  }
  for (const o of orgs) {
    for (const s of [o.name, ...o.aliases, ...o.acronyms]) {
      addScan(stripArticle(s), { kind: 'org', iso3: null, org: o.id, city: null, source: `org ${o.id} "${s}" in ${files.orgs}` });
    }
  }
  for (const r of records) for (const x of r.excludes) addScan(x, { kind: null, iso3: null, org: null, city: null, source: src(r, 'exclude', x) });

  const names = new Map<string, string>();
  const nameSrc = new Map<string, string>();
  const cities = new Map<string, CityHit>();
  const citySrc = new Map<string, string>();
  for (const r of records) {
    const forms = [r.name, ...r.names, ...r.demonyms, ...r.demonyms.map(plural).filter((p): p is string => p !== null)];
    for (const s of forms) {
      const k = looseKey(s);
      const had = names.get(k);
      if (had && had !== r.iso3) clash(`"${s}"`, nameSrc.get(k)!, src(r, 'name or demonym', s));
      if (!had) { names.set(k, r.iso3); nameSrc.set(k, src(r, 'name or demonym', s)); }
    }
    const cityForms: [string, CityHit][] = [];
    if (r.capital !== null) for (const s of [r.capital, ...r.capitalAliases]) cityForms.push([s, { city: r.capital, iso3: r.iso3, capital: true }]);
    for (const c of r.cities) cityForms.push([c, { city: c, iso3: r.iso3, capital: false }]);
    for (const [a, c] of Object.entries(r.cityAliases)) cityForms.push([a, { city: c, iso3: r.iso3, capital: false }]);
    for (const [s, hit] of cityForms) {
      const k = looseKey(s);
      const had = cities.get(k);
      if (had && had.iso3 !== r.iso3) clash(`"${s}"`, citySrc.get(k)!, src(r, 'city', s));
      if (!had) { cities.set(k, Object.freeze(hit)); citySrc.set(k, src(r, 'city', s)); }
    }
  }

  const frozenOrgs = orgs.map((o) => Object.freeze({ ...o, aliases: Object.freeze([...o.aliases]) as string[], acronyms: Object.freeze([...o.acronyms]) as string[] }));
  const orgNames = new Map<string, Organization>();
  for (const o of frozenOrgs) {
    for (const s of [o.name, ...o.aliases, ...o.acronyms]) {
      const k = looseKey(s);
      const had = orgNames.get(k);
      if (had && had.id !== o.id) clash(`"${s}"`, `org ${had.id} in ${files.orgs}`, `org ${o.id} in ${files.orgs}`);
      orgNames.set(k, o);
    }
  }

  const orgSeats = new Map<string, string>();
  for (const o of frozenOrgs) {
    for (const c of o.speaksAs) {
      if (!cities.has(looseKey(c))) throw new UserError('gazetteer', `org ${o.id} in ${files.orgs} speaks as "${c}", which is no city in ${files.countries}`, 'List the city under its country first, or remove it from "speaksAs"');
      const had = orgSeats.get(looseKey(c));
      if (had && had !== o.id) clash(`"${c}" in "speaksAs"`, `org ${had} in ${files.orgs}`, `org ${o.id} in ${files.orgs}`);
      orgSeats.set(looseKey(c), o.id);
    }
  }

  noteFirst();
  const firstFilter = new Uint8Array(FILTER_MASK + 1);
  for (const key of scan.keys()) {
    const sp = key.indexOf(' ');
    firstFilter[wordHash(sp < 0 ? key : key.slice(0, sp)) & FILTER_MASK] = 1;
  }

  return {
    countries: Object.freeze(countries),
    firstFilter,
    byIso3: new Map(countries.map((c) => [c.iso3, c])),
    orgs: Object.freeze(frozenOrgs),
    orgsById: new Map(frozenOrgs.map((o) => [o.id, o])),
    scan, firstExact, names, cities, orgNames, orgSeats,
  };
}
