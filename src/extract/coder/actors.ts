import { builtinOfficials } from '../actors/dictionary/index.ts';
import { ActorIndex } from '../actors/dictionary/actor-index.ts';
import { scanPlaces } from '../gazetteer/index.ts';
import type { CodedActor } from './types.ts';

let officials: ActorIndex | null = null;

// A city is where something happens, not who acts; capitals and seats of power stand for governments.
const ACTING_KINDS = new Set(['country', 'demonym', 'capital', 'metonym', 'org']);

const NAME_RE = /\p{Lu}[\p{L}'’-]+/gu;

/**
 * Actors a sentence names: countries, demonyms, capitals and organisations from the gazetteer, and
 * officials from the built-in list by surname when only one person has it. Titles need no rule of
 * their own: "the French foreign minister" carries its demonym.
 */
export function sentenceActors(text: string, attributiveOrg: RegExp): CodedActor[] {
  const out: CodedActor[] = [];
  for (const p of scanPlaces(text)) {
    if (!ACTING_KINDS.has(p.kind)) continue;
    if (p.kind === 'org' && attributiveOrg.test(text.slice(p.end, p.end + 40))) continue;
    const code = p.kind === 'org' ? p.org : p.iso3;
    out.push({ text: p.text, code, start: p.start, end: p.end });
  }
  officials ??= new ActorIndex(builtinOfficials());
  for (const m of text.matchAll(NAME_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((a) => start < a.end && end > a.start)) continue;
    const hits = officials.lookupToken(m[0], null);
    const countries = new Set(hits.map((h) => h.country ?? h.org));
    if (hits.length && countries.size === 1) out.push({ text: m[0], code: [...countries][0], start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
