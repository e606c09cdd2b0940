import { escapeRegExp } from '../../nlp/regex.ts';
import { lexicon } from '../lexicon.ts';
import { LETTER, SURROGATE, letterClass } from './letters.ts';

// The title regex (lexicon roleRe) is a long alternation of modifiers and heads behind a look-behind;
// searched globally, V8 tries all of it at every position of every sentence. A match can only start
// with the first three letters of a modifier or a head, after a non-letter. A plain regex of those
// prefixes finds such places natively (much faster than a loop over the characters in JavaScript),
// and the title regex is tried there only, as a sticky regex: the same matches at half the cost.
// Three letters, not one, because "acting" and "interim" would otherwise stop at every "and" and "in".

export interface TitleMatch {
  start: number;
  end: number;
  /** Written in lower case ("Mexico's president Claudia Sheinbaum"): the role as a title would be written. */
  lowercase?: string;
}

interface Scanner {
  re: RegExp;
  /** Finds the places a title may start (a superset, checked after), ending just past the prefix; null: try everywhere. */
  gate: RegExp | null;
}

const PREFIX = 3;
let scanner: Scanner | null = null;

// The shape the gate relies on: a case-sensitive regex that opens with this look-behind, then a modifier or head.
const LOOK_BEHIND = '(?<![\\p{L}])';

function titleScanner(): Scanner {
  if (scanner) return scanner;
  const lex = lexicon();
  const re = new RegExp(lex.roleRe.source, lex.roleRe.flags.replace('g', '') + 'y');
  const words = [...lex.roleModifiers, ...lex.roleHeads];
  let gate: RegExp | null = null;
  // The opening letters must be literal text: no space, which the regex reads as any \s+.
  // A two-letter abbreviation in capitals ("PM") is rare enough in text to gate on, with the space after
  // it as its third character: every prefix the gate matches is PREFIX characters long.
  const short = (w: string) => w.length < PREFIX && /^[A-Z]{2}$/.test(w);
  if (lex.roleRe.source.startsWith(LOOK_BEHIND) && !lex.roleRe.flags.includes('i') && words.every((w) => (w.length >= PREFIX || short(w)) && !/\s/.test(w.slice(0, PREFIX)))) {
    const prefixes = [...new Set(words.map((w) => (short(w) ? `${escapeRegExp(w)}\\s` : escapeRegExp(w.slice(0, PREFIX)))))];
    // ASCII letters before rule out most places; the rest of \p{L} is checked after.
    gate = new RegExp(`(?<![A-Za-z])(?:${prefixes.join('|')})`, 'g');
  }
  scanner = { re, gate };
  return scanner;
}

/** Whether p is inside a surrogate pair, where a Unicode-mode search never starts. */
function isTrailSurrogate(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  const b = s.charCodeAt(p - 1);
  return c >= 0xdc00 && c < 0xe000 && b >= 0xd800 && b < 0xdc00;
}

const MINOR_WORD = new Set(['of', 'the', 'and', 'for']);
const titleCase = (t: string) => t.split(/\s+/).map((w) => (MINOR_WORD.has(w) ? w : w[0].toUpperCase() + w.slice(1))).join(' ');

/**
 * The first title in `s` starting at or after `from`: a title as `lexicon().roleRe` finds it, or one
 * of the few a newspaper writes in lower case before a capitalised word (the caller asks for its
 * country and name).
 */
export function nextTitle(s: string, from: number): TitleMatch | null {
  const cased = nextCasedTitle(s, from);
  const m = nextLowercase(s, from);
  if (!m || (cased && cased.start <= m.start)) return cased;
  return m;
}

// The next lower-case title after a search point, kept for the sentence: the caller walks it title by
// title, and searching to its end again at each step would make a sentence of thousands of titles quadratic.
let lcText: string | null = null;
let lcFrom = 0;
let lcNext: TitleMatch | null = null;
function nextLowercase(s: string, from: number): TitleMatch | null {
  if (s === lcText && from >= lcFrom && (!lcNext || lcNext.start >= from)) return lcNext;
  lcText = s;
  lcFrom = from;
  lcNext = null;
  // Most sentences hold no lower-case title word at all: a substring test spares the regex.
  if (!mayHoldLowercaseTitle(s)) return null;
  const re = lexicon().lowercaseTitleRe;
  re.lastIndex = from;
  const m = re.exec(s);
  lcNext = m ? { start: m.index, end: m.index + m[0].length, lowercase: titleCase(m[0]) } : null;
  return lcNext;
}

function mayHoldLowercaseTitle(s: string): boolean {
  for (const w of lexicon().lowercaseTitleWords) if (s.includes(w)) return true;
  return false;
}

function nextCasedTitle(s: string, from: number): TitleMatch | null {
  const { re, gate } = titleScanner();
  if (!gate) {
    for (let p = from; p < s.length; p++) {
      if (isTrailSurrogate(s, p)) continue;
      re.lastIndex = p;
      if (re.test(s)) return { start: p, end: re.lastIndex };
    }
    return null;
  }
  gate.lastIndex = from;
  while (gate.test(s)) {
    const p = gate.lastIndex - PREFIX;
    // Half a surrogate pair before: the regex reads the whole code point, so let it decide.
    const k = p > 0 ? letterClass(s.charCodeAt(p - 1)) : 0;
    if ((k & SURROGATE) !== 0 || (k & LETTER) === 0) {
      re.lastIndex = p;
      if (re.test(s)) return { start: p, end: re.lastIndex };
    }
    gate.lastIndex = p + 1;
  }
  return null;
}
