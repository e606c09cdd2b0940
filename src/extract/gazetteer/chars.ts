import { UNKNOWN, codeUnitTable, learn } from '../../nlp/code-unit-table.ts';

// Character classes for the scanner, read from a flat table (codeUnitTable) in its hot loop.

export const OTHER = 0;
/** A letter that is not upper case, a digit or a combining mark: it continues a word but never starts a name. */
export const WORD = 1;
export const UPPER = 2;

// Lone surrogate halves (astral characters) are treated as punctuation; no name in the data uses them.
const table = codeUnitTable((c) => (c >= 65 && c <= 90 ? UPPER : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? WORD : OTHER), OTHER);

const upperRe = /^[\p{Lu}\p{Lt}]$/u;
const wordRe = /^[\p{L}\p{M}\p{N}]$/u;
const classify = (ch: string): number => (upperRe.test(ch) ? UPPER : wordRe.test(ch) ? WORD : OTHER);
// A local copy: imported bindings are read through accessors once transpiled.
const MISS = UNKNOWN;

/** The class table itself, so a hot loop can index it directly and call charClass only on a miss (255). */
export function classTable(): Uint8Array {
  return table;
}

export function charClass(c: number): number {
  const k = table[c];
  return k !== MISS ? k : learn(table, c, classify);
}

/** Apostrophes that may sit inside a word: ASCII, the typographic one, and the Polynesian okina. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

// Letters that Unicode decomposition leaves alone but that writers routinely drop to plain Latin.
const SPECIAL: Record<string, string> = {
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
  'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'",
};
const specialRe = /[łŁøØđĐßæÆœŒıħĦþÞðÐ’‘ʼʻ]/g;
const asciiRe = /^[\x00-\x7f]*$/;
const markRe = /[\u0300-\u036f]/g;

/** Drops diacritics so "Brasília", "Türkiye" and "Łódź" compare equal to their plain spellings. */
export function fold(s: string): string {
  if (asciiRe.test(s)) return s;
  return s.normalize('NFD').replace(markRe, '').replace(specialRe, (ch) => SPECIAL[ch]).normalize('NFC');
}
