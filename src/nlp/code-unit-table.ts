/** The table entry of a code unit not yet classified. */
export const UNKNOWN = 255;

/**
 * Classes of UTF-16 code units in a flat table, so a per-character loop pays one array read. ASCII
 * and the surrogate halves are filled up front; any other unit is UNKNOWN until `learn` classifies
 * it on first sight, since most texts use few of them.
 */
export function codeUnitTable(ascii: (c: number) => number, surrogate: number): Uint8Array {
  const table = new Uint8Array(65536).fill(UNKNOWN);
  for (let c = 0; c < 128; c++) table[c] = ascii(c);
  table.fill(surrogate, 0xd800, 0xe000);
  return table;
}

/** Classifies a code unit the table has not seen yet, and remembers its class there. */
export function learn(table: Uint8Array, c: number, classify: (ch: string) => number): number {
  const v = classify(String.fromCharCode(c));
  table[c] = v;
  return v;
}
