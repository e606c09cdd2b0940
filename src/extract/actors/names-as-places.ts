import type { PlaceMention } from '../gazetteer/types.ts';
import { dictionaryLookup, type DictionarySources } from './dictionary-memo.ts';

// A capitalised word just before a place's name, as a listed official's given name would stand.
const GIVEN_BEFORE = /(\p{Lu}[\p{Ll}'’-]+)\s$/u;

/**
 * The places that are really the last word of a listed official's name ("Volker Türk", whose surname
 * the gazetteer reads as the demonym of Türkiye): without them, the name is read whole, and no
 * country enters the story that it never named.
 */
export function placesInListedNames(text: string, places: PlaceMention[], src: DictionarySources): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  const surnames = new Set<string>();
  for (const p of places) {
    if (p.kind !== 'demonym' && p.kind !== 'country' && p.kind !== 'city') continue;
    const m = GIVEN_BEFORE.exec(text.slice(Math.max(0, p.start - 24), p.start));
    if (m && dictionaryLookup(src, `${m[1]} ${p.text}`)) surnames.add(p.text);
  }
  // Once the story has named "Volker Türk", "Türk said" is he as well.
  if (surnames.size) for (const p of places) if (surnames.has(p.text)) out.add(p);
  return out;
}
