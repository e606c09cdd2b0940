import publishers from '../../data/lexicon/publishers.json' with { type: 'json' };
import { allCountries } from './gazetteer/index.ts';

/**
 * The country whose government published an article, read from its address: official readouts call
 * their own principal by title alone ("The Prime Minister spoke with ..."), and only the publisher
 * says whose Prime Minister that is. Null for news outlets and anything not recognisably official.
 */

const DOMAINS = new Map(Object.entries(publishers.domains as Record<string, string>));
const GOVERNMENT = new Set(publishers.governmentLabels as string[]);
const CODES = publishers.countryCodes as Record<string, string>;
let byIso2: Map<string, string> | null = null;

function countryOfCode(code: string): string | null {
  if (CODES[code]) return CODES[code];
  byIso2 ??= new Map(allCountries().map((c) => [c.iso2, c.iso3]));
  return byIso2.get(code.toUpperCase()) ?? null;
}

export function publisherCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  const labels = host.split('.');
  for (let k = 0; k < labels.length - 1; k++) {
    const hit = DOMAINS.get(labels.slice(k).join('.'));
    if (hit) return hit;
  }
  // "mea.gov.in", "mofa.go.jp", "gov.uk": a government label right before the country code.
  const n = labels.length;
  if (n >= 2 && GOVERNMENT.has(labels[n - 2]) && labels[n - 1].length === 2) return countryOfCode(labels[n - 1]);
  return null;
}
