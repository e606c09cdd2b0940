import type { DictionaryEntry } from '../../../model/actor.ts';
import { foldName, foldedLastWord } from './fold-name.ts';
import { dayOf } from './validity-dates.ts';
import { lexicon } from '../../lexicon.ts';

function add(map: Map<string, DictionaryEntry[]>, key: string, entry: DictionaryEntry): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

function validOn(entry: DictionaryEntry, day: string | null): boolean {
  if (day === null) return true;
  // ISO dates compare correctly as strings.
  return (entry.validFrom === null || entry.validFrom <= day) && (entry.validTo === null || day <= entry.validTo);
}

function dayOrNull(date: string | null): string | null {
  if (date === null) return null;
  const day = dayOf(date);
  if (day === null) throw new Error(`ActorIndex: date must be YYYY-MM-DD or null, got '${date}'`);
  return day;
}

function officeKey(foldedRole: string, country: string | null, org: string | null): string {
  return `${foldedRole}|${country ?? ''}|${country ? '' : org ?? ''}`;
}

/** A folded name without its one-letter words (initials), or null when fewer than two words would be left. */
function withoutInitials(folded: string): string | null {
  const words = folded.split(' ').filter((w) => w.length > 1);
  return words.length >= 2 ? words.join(' ') : null;
}

const LINEAGE = new Set(['bin', 'bint', 'ibn']);

const VOWELS = /[aeiouy]/g;
const DOUBLED = /(.)\1+/g;
// A word's skeleton must keep this many letters to tell one name from another ("Yi" keeps one).
const SKELETON_LETTERS = 3;

/**
 * A transliteration-proof key for a name of two words or more: each word's first letter, then its
 * consonants, doubled ones once. "Pashinian" and "Pashinyan", "Fayssal Mikdad" and "Faisal Mekdad"
 * meet; null when a word is too short to tell apart ("Wang Yi").
 */
function skeleton(folded: string): string | null {
  const words = folded.split(' ').filter((w) => !LINEAGE.has(w) && w !== 'al');
  if (words.length < 2) return null;
  // A last vowel stays ("Khalidi" is not "Khalid"), y and i as one ("Sergey", "Sergei").
  const keys = words.map((w) => (w[0] + w.slice(1, -1).replace(VOWELS, '') + (w.length > 1 ? w[w.length - 1].replace('y', 'i') : '')).replace(DOUBLED, '$1'));
  return keys.every((k) => k.length >= SKELETON_LETTERS) ? keys.join(' ') : null;
}

/**
 * An alias written with its title ("Sultan Haitham bin Tarik", "Datuk Seri Anwar Ibrahim") without
 * it, when two words or more are left: news text gives the title apart from the name.
 */
function untitled(form: string): string | null {
  const lex = lexicon();
  const words = form.split(/\s+/);
  let k = 0;
  while (k < words.length - 2 && (lex.honorifics.has(words[k]) || lex.roleHeadSet.has(words[k].toLowerCase()))) k++;
  return k > 0 ? words.slice(k).join(' ') : null;
}

/** Finds dictionary entries by a name as news text writes it, restricted to those in office on a date. */
export class ActorIndex {
  readonly #byName = new Map<string, DictionaryEntry[]>();
  readonly #byToken = new Map<string, DictionaryEntry[]>();
  readonly #byBareName = new Map<string, DictionaryEntry[]>();
  readonly #byOffice = new Map<string, DictionaryEntry[]>();
  readonly #bySkeleton = new Map<string, DictionaryEntry[]>();
  /** The first words of the entries' own names, folded: which title words may open a listed name. */
  readonly #nameStarts = new Set<string>();

  constructor(entries: readonly DictionaryEntry[]) {
    for (const entry of entries) {
      this.#nameStarts.add(foldName(entry.name).split(' ')[0]);
      if (entry.role && (entry.country || entry.org)) {
        // A double title ("Crown Prince and Prime Minister") answers to either half too.
        const role = foldName(entry.role);
        for (const r of new Set([role, ...role.split(' and ')])) add(this.#byOffice, officeKey(r, entry.country, entry.org), entry);
      }
      const forms = [entry.name, ...entry.aliases];
      for (const form of entry.aliases) {
        const bare = untitled(form);
        if (bare && !forms.includes(bare)) forms.push(bare);
      }
      for (const form of forms) {
        const folded = foldName(form);
        add(this.#byName, folded, entry);
        const bare = withoutInitials(folded);
        if (bare) add(this.#byBareName, bare, entry);
        const key = skeleton(folded);
        if (key) add(this.#bySkeleton, key, entry);
        // A one-word alias ("Lula", "MBS") is itself the short form news uses alone.
        add(this.#byToken, foldedLastWord(form), entry);
      }
    }
  }

  /** Whether some entry's own name begins with `word` ("Amir" of "Amir Khan Muttaqi"). */
  opensName(word: string): boolean {
    return this.#nameStarts.has(foldName(word));
  }

  /** Entries whose name or an alias equals `name` once case, diacritics and punctuation are folded, valid on `date` (null: any date). */
  lookup(name: string, date: string | null): DictionaryEntry[] {
    const day = dayOrNull(date);
    const folded = foldName(name);
    const found = this.#byName.get(folded);
    if (found) return found.filter((e) => validOn(e, day));
    // A middle initial the list does not give ("Ferdinand R. Marcos Jr.", "Joe R. Biden").
    const bare = withoutInitials(folded);
    const byBare = bare && bare !== folded ? (this.#byBareName.get(bare) ?? []).filter((e) => validOn(e, day)) : [];
    if (byBare.length) return byBare;
    // A given name the list leaves out before a full name it has ("Muhammad Shehbaz Sharif").
    const words = folded.split(' ');
    const byGiven = words.length >= 3 ? (this.#byName.get(words.slice(1).join(' ')) ?? []).filter((e) => validOn(e, day)) : [];
    if (byGiven.length) return byGiven;
    const lineage = this.#byLineage(words, day);
    if (lineage.length) return lineage;
    // Another transliteration of a listed name, when only one person answers to it.
    const key = skeleton(folded);
    const bySkeleton = key ? (this.#bySkeleton.get(key) ?? []).filter((e) => validOn(e, day)) : [];
    return new Set(bySkeleton.map((e) => e.name)).size === 1 ? bySkeleton : [];
  }

  /**
   * "Mohammed bin Salman bin Abdulaziz Al Saud": an Arabic name may go on through the father's
   * father and the family; the list's shorter form ("Mohammed bin Salman") is the same person. The
   * longest prefix that ends before a later "bin"/"ibn"/"al" and holds one "bin" itself is tried first.
   */
  #byLineage(words: string[], day: string | null): DictionaryEntry[] {
    const first = words.findIndex((w) => LINEAGE.has(w));
    if (first < 1) return [];
    for (let end = words.length - 1; end > first + 1; end--) {
      if (!LINEAGE.has(words[end]) && words[end] !== 'al') continue;
      const found = (this.#byName.get(words.slice(0, end).join(' ')) ?? []).filter((e) => validOn(e, day));
      if (found.length) return found;
    }
    return [];
  }

  /**
   * Who held an office of a country or an organisation on `date`: entries with that role (or half of a
   * double role), valid then. Every match is returned; callers decide what several mean.
   */
  lookupOffice(role: string, country: string | null, org: string | null, date: string | null): DictionaryEntry[] {
    if (!country && !org) return [];
    const day = dayOrNull(date);
    return (this.#byOffice.get(officeKey(foldName(role), country, org)) ?? []).filter((e) => validOn(e, day));
  }

  /**
   * Entries whose name or an alias ends in the word `token` (or is that word), valid on `date`; for
   * surname-only mentions ("Tokayev"). Every match is returned, even across different people.
   */
  lookupToken(token: string, date: string | null): DictionaryEntry[] {
    const day = dayOrNull(date);
    return (this.#byToken.get(foldName(token)) ?? []).filter((e) => validOn(e, day));
  }
}
