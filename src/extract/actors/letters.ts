// Unicode classes of UTF-16 code units, as the actor regexes see them (\p{Lu}, \p{L}, \p{M}), for the
// cheap checks that decide where a regex is worth trying. One array read a character; code units past
// ASCII are classified on first sight and remembered.

export const UPPER = 1; // \p{Lu}
export const LETTER = 2; // \p{L}
export const MARK = 4; // \p{M}
/** Half of a surrogate pair: the code point is not known from this unit alone. */
export const SURROGATE = 8;
const UNKNOWN = 255;

const table = new Uint8Array(65536).fill(UNKNOWN);
for (let c = 0; c < 128; c++) table[c] = c >= 65 && c <= 90 ? UPPER | LETTER : c >= 97 && c <= 122 ? LETTER : 0;
table.fill(SURROGATE, 0xd800, 0xe000);

const upperRe = /^\p{Lu}$/u;
const letterRe = /^\p{L}$/u;
const markRe = /^\p{M}$/u;

export function letterClass(c: number): number {
  const k = table[c];
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  const v = (upperRe.test(ch) ? UPPER : 0) | (letterRe.test(ch) ? LETTER : 0) | (markRe.test(ch) ? MARK : 0);
  table[c] = v;
  return v;
}
