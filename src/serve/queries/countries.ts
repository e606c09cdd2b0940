import { readFileSync } from 'node:fs';

interface LexiconCountry {
  iso3: string;
  name: string;
}

const LEXICON = new URL('../../../data/lexicon/countries.json', import.meta.url);

let names: Map<string, string> | null = null;

/** Display names by ISO alpha-3, from the same lexicon the extractor reads. */
export function countryNames(): Map<string, string> {
  if (!names) {
    const list = JSON.parse(readFileSync(LEXICON, 'utf8')) as LexiconCountry[];
    names = new Map(list.map((c) => [c.iso3, c.name]));
  }
  return names;
}

export function countryName(iso3: string): string {
  return countryNames().get(iso3) ?? iso3;
}

export function isKnownCountry(iso3: string): boolean {
  return countryNames().has(iso3);
}
