import { UNKNOWN, codeUnitTable, learn } from '../../nlp/code-unit-table.ts';

// Unicode classes of UTF-16 code units, as the actor regexes see them (\p{Lu}, \p{L}, \p{M}), for the
// cheap checks that decide where a regex is worth trying.

export const UPPER = 1; // \p{Lu}
export const LETTER = 2; // \p{L}
export const MARK = 4; // \p{M}
/** Half of a surrogate pair: the code point is not known from this unit alone. */
export const SURROGATE = 8;

const table = codeUnitTable((c) => (c >= 65 && c <= 90 ? UPPER | LETTER : c >= 97 && c <= 122 ? LETTER : 0), SURROGATE);

const upperRe = /^\p{Lu}$/u;
const letterRe = /^\p{L}$/u;
const markRe = /^\p{M}$/u;
const classify = (ch: string): number => (upperRe.test(ch) ? UPPER : 0) | (letterRe.test(ch) ? LETTER : 0) | (markRe.test(ch) ? MARK : 0);
// A local copy: imported bindings are read through accessors once transpiled.
const MISS = UNKNOWN;

export function letterClass(c: number): number {
  const k = table[c];
  return k !== MISS ? k : learn(table, c, classify);
}
