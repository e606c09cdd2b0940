import { abbreviationClass, isSentenceOpener } from './abbreviations.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** a headline or section heading: a line with no sentence-final punctuation, or the first line of the article */
  heading: boolean;
}

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;

function isTerminal(c: number): boolean {
  return c === DOT || c === BANG || c === QUESTION || c === ELLIPSIS;
}

// Quotes and brackets that may close a sentence after its terminal mark: ." ?” .) .’ ».
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isOpeningQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab;
}

// Stripped from the front of a token before looking it up as an abbreviation: "(U.S." → "U.S".
function isOpener(c: number): boolean {
  return isOpeningQuote(c) || c === 0x28 || c === 0x5b;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b
    || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const UPPER_OR_DIGIT = /^[\p{Lu}\p{Lt}\p{Nd}]/u;

function isUpperOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return UPPER_OR_DIGIT.test(text.slice(i, i + 2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word (letters only) starting at i, for the sentence-opener check. */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    j++;
  }
  return text.slice(i, j);
}

/**
 * Whether a period at `dot`, followed (after spaces) by `next`, ends the sentence, judging by
 * the token before it. Titles and months never end one; dotted acronyms and initials end one
 * only before a word that usually opens a sentence ("in the U.S. The president ...").
 */
const CAPS_DATELINE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\. \p{Lu}{3,}\s+[–—-]\s/u;

function periodEndsSentence(text: string, lineStart: number, dot: number, next: number, lineEnd: number): boolean {
  let t = dot;
  while (t > lineStart && !isSpace(text.charCodeAt(t - 1))) t--;
  while (t < dot && isOpener(text.charCodeAt(t))) t++;
  // "the Viet Nam–U.S. Comprehensive Partnership": the abbreviation after a dash or slash is the token.
  for (let k = dot - 1; k > t; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x2013 || c === 0x2014 || c === 0x2f || (c === 0x2d && k > t)) { t = k + 1; break; }
  }
  if (t === dot) return true;
  // "ASTANA. KAZINFORM – President ...": a dateline in Kazinform's style stays with its lead.
  if (t === lineStart && CAPS_DATELINE.test(text.slice(t, Math.min(lineEnd, next + 40)))) return false;
  const cls = abbreviationClass(text.slice(t, dot));
  if (cls === null) return true;
  const nc = text.charCodeAt(next);
  if (cls === 'never_final') return false;
  if (cls === 'before_number') return !isDigit(nc);
  if (isDigit(nc)) return false;
  if (isOpeningQuote(nc)) return true;
  return isSentenceOpener(wordAt(text, next, lineEnd));
}

// A list item ("- trade", "• energy", "3. visas") is not a heading even without final punctuation.
const BULLET = /^(?:[-–—•*·▪]|\d{1,3}[.)])\s/;

function lineIsHeading(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isCloser(text.charCodeAt(e - 1))) e--;
  if (e === start) return true;
  const last = text.charCodeAt(e - 1);
  if (isTerminal(last) || last === 0x3a || last === 0x3b || last === 0x2c) return false;
  return !BULLET.test(text.slice(start, Math.min(end, start + 5)));
}

// Line breaks and terminal marks are looked for by native search: V8's scan for a character class
// is several times faster than a loop over the characters in JavaScript.
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const TERMINAL = /[.!?\u2026]/g;

// The last search for a terminal mark: none in [termFrom, termAt). A line without one (a heading, a
// list item) would otherwise search on to the next mark, perhaps at the end of the text, once per line.
let termText = '';
let termFrom = 0;
let termAt = 0;

/** The first terminal mark at or after i, or the text's length. */
function terminalFrom(text: string, i: number): number {
  if (text === termText && termFrom <= i && i <= termAt) return termAt;
  TERMINAL.lastIndex = i;
  termText = text;
  termFrom = i;
  termAt = TERMINAL.test(text) ? TERMINAL.lastIndex - 1 : text.length;
  return termAt;
}

/**
 * Splits an article into sentences. Every newline ends a paragraph (and so a sentence); within
 * a line, a sentence ends at . ! ? … (plus closing quotes or brackets) followed by a space and
 * an uppercase letter, digit or opening quote, unless the period belongs to an abbreviation.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let lineStart = 0;
  let firstLine = true;
  while (lineStart <= n) {
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s < e) {
      // "1. India-Bangladesh Shared Vision ...": a numbered item is no heading, and its number belongs
      // to no sentence ("1. External Affairs Minister ..." opens with the minister).
      const heading = firstLine || lineIsHeading(text, s, e);
      s = pastParagraphNumber(text, s, e);
      firstLine = false;
      splitLine(text, s, e, paragraph, heading, out);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  termText = '';
  return out;
}

/** Past "12. " or "3) " opening a line that goes on with a sentence; `s` itself otherwise. */
function pastParagraphNumber(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && k - s < 2 && isDigit(text.charCodeAt(k))) k++;
  if (k === s || k >= e) return s;
  const c = text.charCodeAt(k);
  if (c !== DOT && c !== 0x29) return s;
  let j = k + 1;
  if (j >= e || !isSpace(text.charCodeAt(j))) return s;
  while (j < e && isSpace(text.charCodeAt(j))) j++;
  return j < e && (isUpperOrDigit(text, j) || isOpeningQuote(text.charCodeAt(j))) ? j : s;
}

function splitLine(text: string, start: number, end: number, paragraph: number, heading: boolean, out: Sentence[]): void {
  let sentStart = start;
  let i = start;
  while (i < end) {
    i = terminalFrom(text, i);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k === j || k >= end) {
      i = j;
      continue;
    }
    const nc = text.charCodeAt(k);
    const startsSentence = isUpperOrDigit(text, k) || isOpeningQuote(nc);
    const lone = c === DOT && (j === i + 1 || text.charCodeAt(i + 1) !== DOT);
    if (startsSentence && (!lone || periodEndsSentence(text, start, i, k, end))) {
      out.push({ index: out.length, start: sentStart, end: j, text: text.slice(sentStart, j), paragraph, heading });
      sentStart = k;
    }
    i = k;
  }
  out.push({ index: out.length, start: sentStart, end, text: text.slice(sentStart, end), paragraph, heading });
}
