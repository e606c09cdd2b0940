import { isRegexSpace } from '../nlp/regex.ts';

// Readout's rules are written for English; a cheap function-word count says whether a text is English.
const EN_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'on', 'with', 'for', 'was', 'is', 'that', 'said', 'by', 'at', 'his', 'he', 'from', 'as', 'their', 'which', 'were', 'has', 'had', 'an', 'be', 'it', 'its', 'also', 'two'];
const LONGEST_EN = 5;

// A word of up to five ASCII letters, in any case, as a number (five bits a letter, a = 1), so the
// function words are found without cutting each word out of the text and lower-casing it.
function letterCode(code: number, c: number): number {
  return (code << 5) | ((c | 32) - 96);
}
const EN = new Set(EN_WORDS.map((w) => {
  let code = 0;
  for (let i = 0; i < w.length; i++) code = letterCode(code, w.charCodeAt(i));
  return code;
}));
// The opening 1,500 characters (some 250 words) settle the question as well as the whole text.
const READ = 1500;

/** Whitespace and the punctuation that separates words: \s and , . ; : ! ? " “ ” ( ). */
function isSeparator(c: number): boolean {
  if (isRegexSpace(c)) return true;
  if (c < 0x80) {
    return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x28 || c === 0x29;
  }
  return c === 0x201c || c === 0x201d;
}

/** Characters of amounts and numbers ("$4.5", "12%", "2024-25"), which are not words. */
function isNumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x24 || c === 0x25 || c === 0x2c || c === 0x2e || c === 0x2d
    || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// ASCII characters classed once by the predicates above: the per-character loop reads one byte
// instead of a chain of comparisons. Characters past ASCII still ask the predicates.
const SEPARATOR = 1;
const NUMERIC = 2;
const LETTER = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (isSeparator(c) ? SEPARATOR : 0) | (isNumeric(c) ? NUMERIC : 0) | (isAsciiLetter(c) ? LETTER : 0);
}

function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c];
  return (isSeparator(c) ? SEPARATOR : 0) | (isNumeric(c) ? NUMERIC : 0);
}

export function detectLanguage(text: string): string | null {
  // One pass over the characters: splitting and lower-casing the opening cost more than the rest of
  // the check. Only short all-letter words can be function words, and only they are looked up.
  const n = Math.min(text.length, READ);
  let words = 0;
  let hits = 0;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) & SEPARATOR) { i++; continue; }
    const start = i;
    let numeric = true;
    let letters = true;
    let code = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const k = classOf(c);
      if (k & SEPARATOR) break;
      if (numeric && !(k & NUMERIC)) numeric = false;
      if (letters) {
        if ((k & LETTER) && i - start < LONGEST_EN) code = letterCode(code, c);
        else letters = false;
      }
    }
    if (numeric) continue;
    words++;
    if (letters && EN.has(code)) hits++;
  }
  if (words < 8) return null;
  return hits / words >= 0.12 ? 'en' : 'und';
}
