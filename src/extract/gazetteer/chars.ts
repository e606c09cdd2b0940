// Character classes for the scanner. A flat table keeps the per-character cost of the hot loop to
// one array read; code points outside ASCII are classified on first sight and remembered.

export const OTHER = 0;
/** A letter that is not upper case, a digit or a combining mark: it continues a word but never starts a name. */
export const WORD = 1;
export const UPPER = 2;
const UNKNOWN = 255;

const table = new Uint8Array(65536).fill(UNKNOWN);
for (let c = 0; c < 128; c++) {
  table[c] = c >= 65 && c <= 90 ? UPPER : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? WORD : OTHER;
}
// Lone surrogate halves (astral characters) are treated as punctuation; no name in the data uses them.
table.fill(OTHER, 0xd800, 0xe000);

const upperRe = /^[\p{Lu}\p{Lt}]$/u;
const wordRe = /^[\p{L}\p{M}\p{N}]$/u;

/** The class table itself, so a hot loop can index it directly and call charClass only on a miss (255). */
export function classTable(): Uint8Array {
  return table;
}

export function charClass(c: number): number {
  const k = table[c];
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  const v = upperRe.test(ch) ? UPPER : wordRe.test(ch) ? WORD : OTHER;
  table[c] = v;
  return v;
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
