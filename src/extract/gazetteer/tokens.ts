import * as chars from './chars.ts';

// One token grammar serves both the data (to build lookup keys) and the scanner (to read text), so a
// name written in countries.json is split exactly the way the same words are split in an article.
//
//   word      letters/digits/marks, with inner apostrophes ("N'Djamena", "Xi'an", "Kazakhstan's")
//   initialism  capital-dot pairs ("U.S.", "U.K.", "D.P.R.K.")
//   separator one to three spaces or hyphens/dashes ("Guinea-Bissau", "Kazakh-Mongolian"),
//             a comma ("Washington, D.C.") which becomes its own "," token, and the dot after
//             "St"/"Mt"/"Ft" ("St. Petersburg" = "St Petersburg")

// Local copies: imported bindings are accessor reads once transpiled, too slow for the scanner's inner loops.
const charClass = chars.charClass;
const fold = chars.fold;
const isApostrophe = chars.isApostrophe;
const OTHER = chars.OTHER;
const UPPER = chars.UPPER;

const ABBREVIATIONS = new Set(['ST', 'STE', 'MT', 'FT']);
export const COMMA = ',';

/** End of the word or initialism starting at `p` (which must be a word character). */
export function wordEnd(text: string, p: number, n: number): number {
  if (p + 2 < n && text.charCodeAt(p + 1) === 46 && charClass(text.charCodeAt(p)) === UPPER &&
      charClass(text.charCodeAt(p + 2)) === UPPER) {
    let e = p;
    while (e + 1 < n && charClass(text.charCodeAt(e)) === UPPER && text.charCodeAt(e + 1) === 46) e += 2;
    // "U.S" written without its last dot
    if (e < n && charClass(text.charCodeAt(e)) === UPPER && (e + 1 >= n || charClass(text.charCodeAt(e + 1)) === OTHER)) e++;
    return e;
  }
  let e = p + 1;
  while (e < n) {
    const c = text.charCodeAt(e);
    if (charClass(c) !== OTHER) e++;
    else if (isApostrophe(c) && e + 1 < n && charClass(text.charCodeAt(e + 1)) !== OTHER) e += 2;
    else break;
  }
  return e;
}

/** Whether the token text ends in a possessive "'s" that may be dropped ("Nauru's" → "Nauru"). */
export function hasPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const s = text.charCodeAt(end - 1);
  return (s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2));
}

/**
 * Where the next token of the same name starts after a token ending at `e`, or -1 when the run of
 * words ends there. `commaAt` receives the offset of a comma crossed on the way (or -1).
 */
export function nextTokenStart(text: string, e: number, n: number, afterAbbreviation: boolean, commaAt: { at: number }): number {
  let q = e;
  commaAt.at = -1;
  if (afterAbbreviation && q < n && text.charCodeAt(q) === 46) q++;
  if (q < n && text.charCodeAt(q) === 44) { commaAt.at = q; q++; }
  let sep = 0;
  while (q < n && sep < 3) {
    const c = text.charCodeAt(q);
    if (c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) { q++; sep++; } else break;
  }
  if (q === e || q >= n) return -1;
  return charClass(text.charCodeAt(q)) !== OTHER ? q : -1;
}

/**
 * The scanner's prefilter hashes a word's characters, ASCII letters case-folded (`| 32`), into a
 * bitmap of the first words of all names. Characters other than letters may share a code after
 * `| 32`; a collision only costs a wasted look-up.
 */
export const FILTER_MASK = (1 << 18) - 1;

export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 32)) | 0;
}

export function wordHash(s: string): number {
  let h = 0;
  for (let j = 0; j < s.length; j++) h = hashStep(h, s.charCodeAt(j));
  return h;
}

export function isAbbreviation(upperKey: string): boolean {
  return ABBREVIATIONS.has(upperKey);
}

/**
 * A name from the data as folded tokens, or null when the scanner could never read it as one run
 * of words (it does not start with a capital, or holds punctuation such as "/").
 */
export function nameTokens(s: string): string[] | null {
  const n = s.length;
  if (n === 0 || charClass(s.charCodeAt(0)) !== UPPER) return null;
  const out: string[] = [];
  const comma = { at: -1 };
  let p = 0;
  for (;;) {
    const e = wordEnd(s, p, n);
    const tok = fold(s.slice(p, e));
    out.push(tok);
    if (e === n) return out;
    const q = nextTokenStart(s, e, n, isAbbreviation(tok.toUpperCase()), comma);
    if (q < 0) return null;
    if (comma.at >= 0) out.push(COMMA);
    p = q;
  }
}

/** A forgiving key for look-ups by name: folded, upper case, dots dropped, punctuation as spaces, no leading "the". */
export function looseKey(s: string): string {
  let k = fold(s).toUpperCase().replace(/\./g, '').replace(/[^A-Z0-9']+/g, ' ').trim();
  if (k.startsWith('THE ')) k = k.slice(4);
  return k;
}

/** Strips a leading article from a name the data writes with one ("the Kremlin", "the Netherlands"). */
export function stripArticle(s: string): string {
  return s.replace(/^the\s+/i, '');
}
