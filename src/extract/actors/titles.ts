import { escapeRegExp } from '../../nlp/regex.ts';
import { lexicon } from '../lexicon.ts';
import { LETTER, SURROGATE, letterClass } from './letters.ts';

// The title regex (lexicon roleRe) is a long alternation of modifiers and heads behind a look-behind;
// searched globally, V8 tries all of it at every position of every sentence. A match can only start
// with the first three letters of a modifier or a head, after a non-letter. A plain regex of those
// prefixes finds such places natively (much faster than a loop over the characters in JavaScript),
// and the title regex is tried there only, as a sticky regex: the same matches at half the cost.
// Three letters, not one, because "acting" and "interim" would otherwise stop at every "and" and "in".

export interface TitleMatch { start: number; end: number }

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
  if (lex.roleRe.source.startsWith(LOOK_BEHIND) && !lex.roleRe.flags.includes('i') && words.every((w) => w.length >= PREFIX && !/\s/.test(w.slice(0, PREFIX)))) {
    const prefixes = [...new Set(words.map((w) => w.slice(0, PREFIX)))].map(escapeRegExp);
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

/** The first title in `s` starting at or after `from`, as `lexicon().roleRe` would find it searching from there. */
export function nextTitle(s: string, from: number): TitleMatch | null {
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
