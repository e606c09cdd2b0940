// Many cue patterns in one regex. V8 tries the alternatives of an alternation one after another at
// every position, so a list of 200 word cues costs 200 attempts per character. When every cue must
// begin at a word start (\b) or at the text's start (^) with a known letter, the cues are regrouped
// under their first letter ("\b(?:t(?:rade\b|ariffs?\b)|c(?:ommerce\b|...))"): one boundary test and
// a letter test per position, then only that letter's cues. Within a letter the list order is kept,
// so the regrouped regex matches exactly what the plain alternation matches, at the same places.

export interface Alternation {
  /** The patterns regrouped, without capture groups of their own, so a match costs no long result array. */
  re: RegExp;
  /** Per first letter, the regexes that tell which pattern matched, tried only once there is a match. */
  letters: Map<string, Entry>;
  /**
   * Per opening of a match (its first letters, lower-cased when the regex ignores case), the one
   * pattern every piece that can begin so belongs to, or -1 when they belong to several: most
   * matches are told by a table look-up instead of a regex with a group per piece.
   * `atStart` also counts the ^ pieces, for a match at the text's start.
   */
  openings: { wordStart: Map<string, number>; atStart: Map<string, number> };
  /** Answers already given, by matchKey (see there); bounded, as matched text can vary without end. */
  answers: Map<string, number>;
}

interface Entry { anchored: Identifier | null; wordStart: Identifier | null }

/**
 * One letter's pieces as a sticky regex, each in a capture group, and the pattern of each group.
 * `local`: how many of the first pieces read nothing past the character after their match (see matchKey).
 */
interface Identifier {
  re: RegExp;
  slots: { group: number; pattern: number }[];
  local: number;
  /** Per piece past `local`: its openings (see openings) when it may read further, else undefined. */
  far: ([string, boolean][] | null | undefined)[];
}

function skipClass(s: string, i: number): number {
  for (i++; i < s.length && s[i] !== ']'; i++) if (s[i] === '\\') i++;
  return i;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '[') { i = skipClass(s, i); continue; }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A pattern split at its top-level `|`. */
export function topLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '[') { i = skipClass(s, i); continue; }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
  }
  parts.push(s.slice(start));
  return parts;
}

const QUANTIFIER = /^[?*+{]/;

/**
 * Every way `src` can begin, as [first letter, rest of the pattern], in the order the regex engine
 * would try them; null when a branch does not begin with a letter this can see.
 */
export function firstLetters(src: string, fold: boolean, depth = 0): [string, string][] | null {
  if (depth > 8) return null;
  const c = src[0];
  if (c && /[a-z]/i.test(c)) {
    if (QUANTIFIER.test(src[1] ?? '')) return null;
    return [[fold ? c.toLowerCase() : c, src.slice(1)]];
  }
  const cls = /^\[([a-zA-Z]+)\]/.exec(src);
  if (cls) {
    if (QUANTIFIER.test(src[cls[0].length] ?? '')) return null;
    const letters = [...new Set(fold ? cls[1].toLowerCase() : cls[1])];
    return letters.map((l) => [l, src.slice(cls[0].length)]);
  }
  if (!src.startsWith('(?:')) return null;
  const close = closingParen(src, 0);
  if (close < 0) return null;
  const after = src[close + 1];
  if (after === '?' && src[close + 2] !== '?') {
    // An optional group: first the ways through it, then the ways past it, as a greedy engine tries them.
    const rest = src.slice(close + 2);
    const through = firstLetters(src.slice(0, close + 1) + rest, fold, depth + 1);
    const past = firstLetters(rest, fold, depth + 1);
    return through && past ? [...through, ...past] : null;
  }
  if (QUANTIFIER.test(after ?? '')) return null;
  const rest = src.slice(close + 1);
  const out: [string, string][] = [];
  for (const alt of topLevel(src.slice(3, close))) {
    const x = firstLetters(alt + rest, fold, depth + 1);
    if (!x) return null;
    out.push(...x);
  }
  return out;
}

/** How many capture groups a pattern has (matched against '' beside an empty alternative). */
export function captures(src: string, flags: string): number {
  return new RegExp(`${src}|`, flags.replace(/[gy]/g, '')).exec('')!.length - 1;
}

interface Piece { letter: string; rest: string; pattern: number }

/** How far the openings table reads into a match. */
const OPENING = 6;

/**
 * The literal openings of `src`, up to `n` letters: [letters, open], where open means what follows
 * those letters is unknown (a class, a space, an end); null when there are too many to list.
 */
function openings(src: string, fold: boolean, n: number, seen: Map<string, [string, boolean][] | null>): [string, boolean][] | null {
  if (n === 0) return [['', false]];
  // Pieces of one pattern share their rests (every way through an optional group ends the same): read each once.
  const key = `${n}\u0000${src}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  const ways = firstLetters(src, fold);
  let out: [string, boolean][] | null = ways ? [] : [['', true]];
  for (const [letter, rest] of ways ?? []) {
    const tails = openings(rest, fold, n - 1, seen);
    if (!tails || out!.length + tails.length > 64) { out = null; break; }
    for (const [t, open] of tails) out!.push([letter + t, open]);
  }
  seen.set(key, out);
  return out;
}

/** A piece's openings (see openings), its first letter included; null when there are too many. */
function pieceOpenings(p: Piece, fold: boolean, seen: Map<string, [string, boolean][] | null>): [string, boolean][] | null {
  return openings(p.rest, fold, OPENING - 1, seen)?.map(([t, open]): [string, boolean] => [p.letter + t, open]) ?? null;
}

/** Whether a piece with these openings can begin as `key` does. */
function canBegin(ways: [string, boolean][], key: string): boolean {
  return ways.some(([t, open]) => t.startsWith(key) || (open && key.startsWith(t)));
}

// The piece that made a match can begin as the match does, so it is among the pieces whose opening
// agrees with the match's: when all of those belong to one pattern, that pattern made the match, and
// the identifying regex would have named it. Extra candidates only make the answer -1 (ask the regex).
function openingTable(pieces: Piece[], fold: boolean): Map<string, number> {
  const seen = new Map<string, [string, boolean][] | null>();
  const ways = pieces.map((p) => pieceOpenings(p, fold, seen));
  const keys = new Set<string>();
  for (const w of ways) if (w) for (const [t] of w) for (let k = 2; k <= t.length; k++) keys.add(t.slice(0, k));
  // Only pieces of the key's first letter can agree with it; looking at no others keeps the build quick.
  const byLetter = new Map<string, number[]>();
  pieces.forEach((p, i) => byLetter.set(p.letter, [...byLetter.get(p.letter) ?? [], i]));
  const table = new Map<string, number>();
  for (const key of keys) {
    let only = -2;
    for (const i of byLetter.get(key[0])!) {
      if (only === -1) break;
      const w = ways[i];
      const agrees = !w ? key.startsWith(pieces[i].letter) : canBegin(w, key);
      if (agrees) only = only === -2 || only === pieces[i].pattern ? pieces[i].pattern : -1;
    }
    table.set(key, only < 0 ? -1 : only);
  }
  return table;
}

function identifier(letter: string, pieces: Piece[], flags: string): Identifier | null {
  if (!pieces.length) return null;
  const slots: Identifier['slots'] = [];
  let group = 1;
  const parts = pieces.map((p) => {
    slots.push({ group, pattern: p.pattern });
    group += 1 + captures(p.rest, flags);
    return `(${p.rest})`;
  });
  // looksOnlyNextDoor reads classes as flat, which the v flag's nested classes are not.
  const fold = flags.includes('i');
  const seen = new Map<string, [string, boolean][] | null>();
  const far = pieces.map((p) => flags.includes('v') || !looksOnlyNextDoor(p.rest)
    ? pieceOpenings(p, fold, seen)
    : undefined);
  const local = far.findIndex((w) => w !== undefined);
  return { re: new RegExp(`${letter}(?:${parts.join('|')})`, `${flags.replace(/[gy]/g, '')}y`), slots, local: local < 0 ? pieces.length : local, far };
}

/**
 * Whether no piece of `id` tried up to piece `upTo` can read past the character after `matched`:
 * a piece that may is harmless when it cannot begin as the match does (the openings argument of
 * openingTable), since then no context makes it match this text.
 */
function settled(id: Identifier, upTo: number, matched: string, fold: boolean): boolean {
  if (upTo < id.local) return true;
  const end = Math.min(matched.length, OPENING);
  let key = '';
  for (let k = 0; k < end; k++) {
    const c = fold ? matched[k].toLowerCase() : matched[k];
    if (c.length !== 1) return false;
    key += c;
  }
  for (let i = id.local; i <= upTo; i++) {
    const w = id.far[i];
    if (w === undefined) continue;
    if (w === null || canBegin(w, key)) return false;
  }
  return true;
}

/**
 * The patterns as one regex grouped by first letter, or null when some pattern does not start with
 * \b or ^ and a letter, or when a ^ pattern follows a \b one (that order could not be kept).
 */
export function byFirstLetter(patterns: readonly string[], flags: string): Alternation | null {
  const fold = flags.includes('i');
  const anchored: Piece[] = [];
  const wordStart: Piece[] = [];
  for (let i = 0; i < patterns.length; i++) {
    for (const alt of topLevel(patterns[i])) {
      const anchor = alt.startsWith('^') ? '^' : alt.startsWith('\\b') ? '\\b' : null;
      if (!anchor || (anchor === '^' && wordStart.length)) return null;
      const ways = firstLetters(alt.slice(anchor.length), fold);
      if (!ways) return null;
      for (const [letter, rest] of ways) (anchor === '^' ? anchored : wordStart).push({ letter, rest, pattern: i });
    }
  }
  const letters: Alternation['letters'] = new Map();
  const grouped = (pieces: Piece[], side: 'anchored' | 'wordStart') => [...new Set(pieces.map((p) => p.letter))].map((l) => {
    const mine = pieces.filter((p) => p.letter === l);
    const entry = letters.get(l) ?? { anchored: null, wordStart: null };
    entry[side] = identifier(l, mine, flags);
    letters.set(l, entry);
    return `${l}(?:${mine.map((p) => `(?:${p.rest})`).join('|')})`;
  }).join('|');
  const parts: string[] = [];
  if (anchored.length) parts.push(`^(?:${grouped(anchored, 'anchored')})`);
  if (wordStart.length) parts.push(`\\b(?:${grouped(wordStart, 'wordStart')})`);
  const table = (pieces: Piece[]) => openingTable(pieces, fold);
  return {
    re: new RegExp(parts.join('|'), flags), letters, openings: { wordStart: table(wordStart), atStart: table([...anchored, ...wordStart]) },
    answers: new Map(),
  };
}

// A piece whose only assertions are \b and \B reads nothing outside its match but the character
// after it. Anything else that might look further (lookarounds, ^, $, back-references, and named
// groups, which share the "(?<" opening) rules the shortcut out. A class reads one character.
function looksOnlyNextDoor(rest: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\\') {
      if (/[1-9k]/.test(rest[i + 1] ?? '')) return false;
      i++;
    } else if (ch === '[') i = skipClass(rest, i);
    else if (ch === '^' || ch === '$') return false;
    else if (ch === '(' && rest[i + 1] === '?' && /[=!<]/.test(rest[i + 2] ?? '')) return false;
  }
  return true;
}

const MAX_ANSWERS = 4096;

/**
 * What the answer of patternOf can depend on: the matched text, whether it is at the text's start
 * (the ^ pieces), and the character after it (a \b closing a piece). The opening table reads only
 * the first two. An identifying regex tries the pieces in order at the match: a piece that matched
 * exactly this text here would, elsewhere, take the same path through the same characters, and one
 * that did not could only succeed elsewhere with a different match, so with the character after the
 * match fixed and no assertion reading further, the piece found is the same. The first character
 * says whether a next character follows, so no two keys run together.
 */
function matchKey(matched: string, s: string, at: number): string {
  const end = at + matched.length;
  return end < s.length ? (at === 0 ? 'a' : 'b') + s[end] + matched : (at === 0 ? 'c' : 'd') + matched;
}

/** The pattern the match's opening tells, or -1 when the table cannot tell. */
function byOpening(matched: string, table: Map<string, number>, fold: boolean): number {
  let key = fold ? matched[0].toLowerCase() : matched[0];
  if (key.length !== 1) return -1;
  const end = Math.min(matched.length, OPENING);
  for (let k = 1; k < end; k++) {
    const c = fold ? matched[k].toLowerCase() : matched[k];
    // A letter that lower-cases to two (İ) or to none of the table's: the regex tells.
    if (c.length !== 1) return -1;
    key += c;
    const only = table.get(key);
    if (only === undefined) return -1;
    if (only >= 0) return only;
  }
  return -1;
}

/** Which piece of `id` (its index) made the match of `length` characters at `at`, or -1. */
function identify(id: Identifier | null, s: string, at: number, length: number): number {
  if (!id) return -1;
  id.re.lastIndex = at;
  const m = id.re.exec(s);
  if (!m || m[0].length !== length) return -1;
  const slots = id.slots;
  for (let i = 0; i < slots.length; i++) if (m[slots[i].group] !== undefined) return i;
  return -1;
}

// A module function, not a closure in patternOf: this runs once per cue match, and a closure made
// per call costs an allocation (and tsx's __name wrapper) each time.
function tryEntry(e: Entry, s: string, at: number, length: number): number {
  // At the text's start the ^ patterns came first, as they do in the regex.
  const k = at === 0 ? identify(e.anchored, s, 0, length) : -1;
  if (k >= 0) return e.anchored!.slots[k].pattern;
  const j = identify(e.wordStart, s, at, length);
  return j >= 0 ? e.wordStart!.slots[j].pattern : -1;
}

/**
 * tryEntry for the match's own letter, remembering the answer when it depends on nothing but the
 * match key: the piece found and every piece tried before it read no further than the next character.
 */
function tryOwn(a: Alternation, e: Entry, key: string, m: RegExpExecArray, s: string, fold: boolean): number {
  const at = m.index;
  const matched = m[0];
  const anchored = e.anchored;
  if (at === 0 && anchored) {
    const k = identify(anchored, s, 0, matched.length);
    if (k >= 0) return settled(anchored, k, matched, fold) ? remember(a, key, anchored.slots[k].pattern) : anchored.slots[k].pattern;
  }
  const ws = e.wordStart;
  const j = identify(ws, s, at, matched.length);
  if (j < 0) return -1;
  const tried = settled(ws!, j, matched, fold) && (at !== 0 || !anchored || settled(anchored, anchored.slots.length - 1, matched, fold));
  return tried ? remember(a, key, ws!.slots[j].pattern) : ws!.slots[j].pattern;
}

function remember(a: Alternation, key: string, answer: number): number {
  if (a.answers.size >= MAX_ANSWERS) a.answers.clear();
  a.answers.set(key, answer);
  return answer;
}

/** Which pattern produced `m`, a match of `a.re` in `s`. */
export function patternOf(m: RegExpExecArray, s: string, a: Alternation, fold: boolean): number {
  const matched = m[0];
  const key = matchKey(matched, s, m.index);
  const known = a.answers.get(key);
  if (known !== undefined) return known;
  if (matched.length > 1) {
    const only = byOpening(matched, m.index === 0 ? a.openings.atStart : a.openings.wordStart, fold);
    if (only >= 0) return remember(a, key, only);
  }
  const c = matched[0] ?? '';
  const own = a.letters.get(fold ? c.toLowerCase() : c);
  const k = own ? tryOwn(a, own, key, m, s, fold) : -1;
  if (k >= 0) return k;
  // A letter that folds to a cue's letter without lowercasing to it (the long s): try every letter.
  for (const e of a.letters.values()) {
    const j = tryEntry(e, s, m.index, matched.length);
    if (j >= 0) return j;
  }
  return -1;
}
