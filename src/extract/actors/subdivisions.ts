import { UserError } from '../../model/errors.ts';
import { cityLookup, iso3FromName, readJson } from '../gazetteer/index.ts';

// A governor, premier, chief minister or party secretary of a state or province speaks for no country
// of his own in a title ("Ontario Premier Doug Ford", "the Governor of Texas"), yet his state lies in
// one. data/lexicon/subdivisions.json lists the first-level units; only the titles read them, so a
// state's name never becomes a place or a side by itself.

const FILE = 'data/lexicon/subdivisions.json';
// A name's words, capitalised or joining ("Jammu and Kashmir", "Rio Grande do Sul"), up to six of them.
// Module constants: under tsx a \p{...} literal in a function becomes a new RegExp on every call.
const NAME_FROM = /^(?:\p{Lu}[\p{L}'’.-]*|and|of|the|de|do|da)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|of|the|de|do|da)){0,5}/u;
const NAME_UP_TO = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|of|the|de|do|da)\s+)?){1,5}$/u;

interface Entry { name: string; iso3: string; aliases?: string[] }

let table: Map<string, string> | null = null;

function load(): Map<string, string> {
  if (table) return table;
  const entries = readJson(new URL('../../../data/lexicon/subdivisions.json', import.meta.url), FILE);
  if (!Array.isArray(entries)) throw new UserError('gazetteer', `${FILE} must hold a list of subdivisions`, 'restore the file from the repository');
  const map = new Map<string, string>();
  entries.forEach((e: Entry, i) => {
    if (!e || typeof e.name !== 'string' || typeof e.iso3 !== 'string' || !/^[A-Z]{3}$/.test(e.iso3)) {
      throw new UserError('gazetteer', `${FILE}, entry ${i + 1}: needs a "name" and a three-letter "iso3"`, 'fix the entry (data/lexicon/README.md describes the format)');
    }
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      // A name that is also a country's ("Georgia") is the country, as the gazetteer reads it; a city's
      // of another country ("Punjab" is two countries' province) stays ambiguous and is left out.
      const country = iso3FromName(n);
      if (country) continue;
      const city = cityLookup(n);
      if (city && city.iso3 !== e.iso3) continue;
      const known = map.get(n);
      map.set(n, known && known !== e.iso3 ? '' : e.iso3);
    }
  });
  for (const [n, iso] of map) if (!iso) map.delete(n);
  table = map;
  return map;
}

/** The subdivision whose name starts at `at` in `text` (the longest), with the country it lies in. */
export function subdivisionAt(text: string, at: number): { name: string; iso3: string; end: number } | null {
  const map = load();
  const words = NAME_FROM.exec(text.slice(at, at + 80));
  if (!words) return null;
  const parts = words[0].split(/\s+/);
  for (let k = parts.length; k >= 1; k--) {
    const name = parts.slice(0, k).join(' ');
    const iso3 = map.get(name);
    if (iso3) return { name, iso3, end: at + name.length };
  }
  return null;
}

/** The subdivision whose name ends right at `end` (the longest), with the country it lies in. */
export function subdivisionEndingAt(text: string, end: number): { name: string; iso3: string; start: number } | null {
  const map = load();
  const before = NAME_UP_TO.exec(text.slice(Math.max(0, end - 60), end));
  if (!before) return null;
  const span = before[0].trimEnd();
  const base = end - before[0].length;
  // From the first word on, so the longest name wins.
  for (let i = 0; i < span.length; i++) {
    if (i > 0 && span[i - 1] !== ' ') continue;
    const iso3 = map.get(span.slice(i));
    if (iso3) return { name: span.slice(i), iso3, start: base + i };
  }
  return null;
}
