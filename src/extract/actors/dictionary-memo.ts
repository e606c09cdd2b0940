import type { DictionaryEntry } from '../../model/actor.ts';
import type { ActorIndex } from './dictionary/index.ts';

export type DictionarySource = 'user-dictionary' | 'builtin-dictionary';
export interface DictionaryHit { entry: DictionaryEntry; source: DictionarySource }

export interface DictionarySources {
  published: string | null;
  /** The country whose government published the article (publisherCountry), when known. */
  publisher?: string | null;
  /** The country of the city the dateline names, when there is one. */
  datelineCountry?: string | null;
  user: ActorIndex | null;
  builtin: ActorIndex | null;
}

// Past this many remembered answers an index forgets them all, so a long stream stays bounded.
const MAX_ANSWERS = 100_000;

/** The answers for one publication date: the first entry named so, and the one person a surname points to. */
interface DateAnswers {
  names: Map<string, DictionaryEntry | null>;
  tokens: Map<string, DictionaryEntry | null>;
}

// Dictionary answers depend only on the index, the name and the date: they are remembered across
// articles. An article asks all its questions for one date, so the answers are filed by date and the
// date's table is looked up once in a row rather than a composite key built for every question.
class IndexAnswers {
  private readonly byDate = new Map<string | null, DateAnswers>();
  private size = 0;
  private lastDate: string | null = null;
  private last: DateAnswers | null = null;
  private readonly index: ActorIndex;

  constructor(index: ActorIndex) {
    this.index = index;
  }

  private forDate(date: string | null): DateAnswers {
    if (this.last && this.lastDate === date) return this.last;
    let a = this.byDate.get(date);
    if (!a) { a = { names: new Map(), tokens: new Map() }; this.byDate.set(date, a); }
    this.lastDate = date;
    this.last = a;
    return a;
  }

  /** Room for one more answer: past the bound, everything is forgotten. */
  private makeRoom(): void {
    if (++this.size <= MAX_ANSWERS) return;
    this.byDate.clear();
    this.last = null;
    this.size = 1;
  }

  /** The first entry whose name or alias is `name`, in office on `date`. */
  name(name: string, date: string | null): DictionaryEntry | null {
    const hit = this.forDate(date).names.get(name);
    if (hit !== undefined) return hit;
    const entry = this.index.lookup(name, date)[0] ?? null;
    this.makeRoom();
    this.forDate(date).names.set(name, entry);
    return entry;
  }

  /** The entry a surname-only mention points to, when every entry ending in that word is one person. */
  token(token: string, date: string | null): DictionaryEntry | null {
    const hit = this.forDate(date).tokens.get(token);
    if (hit !== undefined) return hit;
    const hits = this.index.lookupToken(token, date);
    let entry: DictionaryEntry | null = hits[0] ?? null;
    for (const h of hits) if (h.name !== hits[0].name) { entry = null; break; }
    this.makeRoom();
    this.forDate(date).tokens.set(token, entry);
    return entry;
  }
}

const answers = new WeakMap<ActorIndex, IndexAnswers>();

function answersOf(idx: ActorIndex): IndexAnswers {
  let a = answers.get(idx);
  if (!a) { a = new IndexAnswers(idx); answers.set(idx, a); }
  return a;
}

/** The user's dictionary first, then the built-in officials. By method name, not a callback: this runs for every name read. */
function firstHit(src: DictionarySources, by: 'name' | 'token', key: string): DictionaryHit | null {
  const user = src.user ? answersOf(src.user)[by](key, src.published) : null;
  if (user) return { entry: user, source: 'user-dictionary' };
  const builtin = src.builtin ? answersOf(src.builtin)[by](key, src.published) : null;
  return builtin ? { entry: builtin, source: 'builtin-dictionary' } : null;
}

/** The entry a full name denotes. */
// "KISHIDA Fumio": a family name in capitals before the given name, as Japanese readouts print it.
const FAMILY_FIRST = /^(\p{Lu}{3,})\s+(\p{Lu}\p{Ll}+)$/u;

export function dictionaryLookup(src: DictionarySources, name: string): DictionaryHit | null {
  const hit = firstHit(src, 'name', name);
  if (hit) return hit;
  // Lists write such names given name first ("Fumio Kishida"); only the capitals say which word is the family name.
  const m = FAMILY_FIRST.exec(name);
  const swapped = m ? firstHit(src, 'name', `${m[2]} ${m[1]}`) : null;
  if (swapped) return swapped;
  // "Ferdinand R. Marcos Jr": a middle initial the list leaves out.
  const bare = name.replace(MIDDLE_INITIAL, ' ');
  const initialLess = bare !== name ? firstHit(src, 'name', bare) : null;
  if (initialLess) return initialLess;
  // "Haji Mohamad bin Haji Hasan" for the list's "Mohamad Hasan": the pilgrim's title and the patronymic's
  // "bin" or "binti", which Malaysian and Bruneian releases write out in full and the list leaves out.
  const plain = name.replace(MALAY_PARTS, ' ').trim();
  const malay = plain !== name && plain.includes(' ') ? firstHit(src, 'name', plain) : null;
  if (malay) return malay;
  // "Sitiveni Ligamamada Rabuka" for the list's "Sitiveni Rabuka": a middle name the list leaves out.
  const words = name.split(/\s+/);
  if (words.length >= 3 && words.length <= 4) {
    const outer = firstHit(src, 'name', `${words[0]} ${words[words.length - 1]}`);
    if (outer && outer.entry.name.split(/\s+/).length === 2) return outer;
  }
  // "Luvsannamsrain Oyun-Erdene" for the list's "Luvsannamsrai Oyun-Erdene": the same family name, and a
  // first word spelled another way (a Mongolian patronymic in the genitive) that begins alike.
  const two = TWO_WORDS.exec(name);
  if (!two) return null;
  const byLast = dictionaryToken(src, two[2]);
  const first = byLast ? byLast.entry.name.split(/\s+/)[0] : '';
  return byLast && first !== two[1] && commonPrefix(first.toLowerCase(), two[1].toLowerCase()) >= 6 ? byLast : null;
}

const TWO_WORDS = /^(\S+)\s+(\S{5,})$/u;
const MALAY_PARTS = /(?:^|\s)(?:Haji|Hajjah|Hj\.?|bin|binti|bte)(?=\s)/g;

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

const MIDDLE_INITIAL = /(?<=\S)\s+\p{Lu}\.(?=\s+\S)/gu;

/** The same for a surname alone ("Tokayev"), which must point to one person only. */
export function dictionaryToken(src: DictionarySources, token: string): DictionaryHit | null {
  return token.length < 4 ? null : firstHit(src, 'token', token);
}

/**
 * The one person who held an office on the publication date ("the President of Mongolia" in July
 * 2024), from the user's dictionary, then the built-in list; null when none or several did.
 */
export function dictionaryOffice(src: DictionarySources, role: string, country: string | null, org: string | null): DictionaryHit | null {
  for (const [idx, source] of [[src.user, 'user-dictionary'], [src.builtin, 'builtin-dictionary']] as const) {
    if (!idx) continue;
    const hits = idx.lookupOffice(role, country, org, src.published);
    if (hits.length && hits.every((h) => h.name === hits[0].name)) return { entry: hits[0], source };
    if (hits.length) return null;
  }
  return null;
}
