import type { Span } from '../../model/span.ts';
import type { Person } from './types.ts';
import { identifyingTokens } from './names.ts';
import { lexicon } from '../lexicon.ts';

// A module constant: under tsx a \p{...} literal in a function becomes a new RegExp on every call.
const INITIALS_RE = /\p{Lu}\./u;
const SOURCE_RANK: Record<Person['source'], number> = { 'user-dictionary': 4, text: 3, 'builtin-dictionary': 2, context: 1 };

// "De la Fuente" and "Von der Leyen" start with a particle, not a given name.
const PARTICLE_FIRST = new Set(['de', 'da', 'di', 'do', 'du', 'van', 'von', 'der', 'den', 'del', 'della', 'le', 'la', 'al', 'el', 'bin', 'ben', 'ibn', 'abu']);

function sameGivenName(a: string, b: string): boolean {
  if (PARTICLE_FIRST.has(a) || PARTICLE_FIRST.has(b)) return true;
  return a === b || (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3));
}

const PATRONYMIC = /\s(?:bin|ibn|bint|binti)\s/i;
const STARTS_BIN = /^(?:bin|ibn|bint|binti)\s/i;
const GIVEN_BEFORE_BIN = /(\S+)\s+(?:bin|ibn|bint|binti)\s/i;
const FAMILY_AFTER_AL = /\b(?:Al|El|al|el)[\s-]+[\p{L}\p{M}'’-]+$/u;

/**
 * "King Salman" is the father of "Prince Khalid bin Salman bin Abdulaziz", not a short form of his
 * name: a mention that holds neither the given name of a name with "bin" in it nor its family name
 * ("Al Saud") shares only the father's names. "bin Salman" alone is the press's surname for him.
 */
function fathersNameOnly(name: string, tokens: readonly string[], other: string, otherTokens: readonly string[]): boolean {
  if (!tokens.length || !PATRONYMIC.test(name) || STARTS_BIN.test(other)) return false;
  // The given name is the word before the first "bin" ("Sheikh Tamim bin Hamad": Tamim).
  const given = identifyingTokens(GIVEN_BEFORE_BIN.exec(name)?.[1] ?? '')[0] ?? tokens[0];
  if (otherTokens.some((t) => sameGivenName(t, given))) return false;
  // A name with "bin" of its own and another given name is another member of the family.
  if (otherTokens.length > 1 && PATRONYMIC.test(other)) return true;
  return !(FAMILY_AFTER_AL.test(name) && otherTokens.includes(tokens[tokens.length - 1]));
}

const MONARCH = /^(?:king|queen|sultan|emir|amir|emperor|empress|grand duke)$/i;
const MINISTER = /\b(?:prime minister|premier|president|minister|chancellor)\b/i;
function monarchAndMinister(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return (MONARCH.test(a) && MINISTER.test(b)) || (MONARCH.test(b) && MINISTER.test(a));
}

/** A name's last identifying word; a merged person's tokens keep the order they were met in, not the name's. */
function lastWord(name: string): string | undefined {
  const t = identifyingTokens(name);
  return t[t.length - 1];
}

/** The people of one article; a new mention joins an existing person when the names and countries agree. */
export class PersonRegistry {
  readonly people: Person[] = [];
  private seq = 0;

  find(name: string, country: string | null): Person | null {
    const toks = identifyingTokens(name);
    if (!toks.length) return null;
    let best: Person | null = null;
    let bestScore = 0;
    for (const p of this.people) {
      if (country && p.country && country !== p.country) continue;
      const shared = toks.filter((t) => p.tokens.includes(t)).length;
      if (!shared) continue;
      // A one-word mention must be one of the person's words; longer names must share their last word
      // or be contained, so "Ali Khamenei" does not swallow "Ilham Aliyev".
      const lastNew = toks[toks.length - 1];
      const lastOld = p.tokens[p.tokens.length - 1];
      const contained = toks.every((t) => p.tokens.includes(t)) || p.tokens.every((t) => toks.includes(t));
      if (!(contained || lastNew === lastOld)) continue;
      // Relatives share a family name: "Tamim bin Hamad Al Thani" is not "Mohammed bin Abdulrahman Al
      // Thani". Two full names whose first words differ (beyond spelling: Sergei, Sergey) are two people.
      if (!contained && toks.length > 1 && p.tokens.length > 1 && !sameGivenName(toks[0], p.tokens[0])) continue;
      if (fathersNameOnly(p.name, p.tokens, name, toks) || fathersNameOnly(name, toks, p.name, p.tokens)) continue;
      // "Ambassador Ahmed" after "President Bola Ahmed Tinubu" and "Ambassador Dunoma Umar Ahmed": the
      // one whose last word it is, however often the other was named.
      const score = shared + (contained ? 1 : 0) + (toks.length === 1 && lastNew === lastWord(p.name) ? 0.5 : 0) + Math.min(p.mentions.length * 0.01, 0.4);
      if (score > bestScore) { best = p; bestScore = score; }
    }
    return best;
  }

  /** Persons having `token` among their name words. */
  byToken(token: string): Person[] {
    const t = identifyingTokens(token);
    if (t.length !== 1) return [];
    return this.people.filter((p) => p.tokens.includes(t[0]));
  }

  add(fields: { name: string; role: string | null; country: string | null; org: string | null; source: Person['source']; counterpart?: boolean },
      span: Span, sentence: number): Person {
    const found = this.find(fields.name, fields.country);
    // "Sultan Ibrahim, King of Malaysia" after "Prime Minister Anwar Ibrahim": a monarch and a head of
    // government sharing a name are two people.
    const existing = found && !monarchAndMinister(found.role, fields.role) ? found : null;
    if (existing) {
      this.merge(existing, fields);
      existing.mentions.push(span);
      return existing;
    }
    const p: Person = {
      id: `p${++this.seq}`,
      name: fields.name,
      tokens: [...identifyingTokens(fields.name)],
      role: fields.role,
      country: fields.country,
      org: fields.org,
      source: fields.source,
      counterpart: fields.counterpart ?? false,
      mentions: [span],
      first: sentence,
    };
    this.people.push(p);
    return p;
  }

  merge(p: Person, f: { name: string; role: string | null; country: string | null; org: string | null; source: Person['source']; counterpart?: boolean }): void {
    const newToks = identifyingTokens(f.name);
    // The fullest name wins: more words, or the same words with initials spelled out.
    if (newToks.length > p.tokens.length || (newToks.length === p.tokens.length && f.name.length > p.name.length && !INITIALS_RE.test(f.name))) {
      p.name = f.name;
    }
    for (const t of newToks) if (!p.tokens.includes(t)) p.tokens.push(t);
    const stronger = SOURCE_RANK[f.source] > SOURCE_RANK[p.source];
    // "Minister Tsahkna" after "Foreign Minister Margus Tsahkna": the shorter title says less, not something else.
    const vaguer = !!f.role && !!p.role && p.role.length > f.role.length && p.role.endsWith(` ${f.role}`);
    // "Prince Khalid" after "Khalid bin Salman, Minister of Defense": a rank says less than the office.
    const rank = !!f.role && !!p.role && lexicon().courtesyTitles.has(f.role.toLowerCase());
    if (f.role && !vaguer && !rank && (!p.role || (stronger && f.source !== 'context') || p.counterpart)) { p.role = f.role; p.counterpart = f.counterpart ?? false; }
    if (f.country && (!p.country || stronger)) { p.country = f.country; p.source = f.source; }
    if (f.org && !p.org) p.org = f.org;
  }

  get(id: string): Person | undefined {
    return this.people.find((p) => p.id === id);
  }
}
