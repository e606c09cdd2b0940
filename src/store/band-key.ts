/** How many LSH bands a MinHash signature is cut into: one bucket column each in article_minhash_bands. */
export const BANDS = 16;

/**
 * One band's bucket as a single integer: the band number above BAND_SHIFT bits of the hash of the
 * band's rows. Band 15 at most makes it below 2^53, so it is an exact JS number, a SQLite INTEGER and
 * a PostgreSQL bigint; and with the band in it, equal keys are one bucket of one band, which the
 * queue's `band:` locks rely on.
 */
export type BandKey = number;

export const BAND_SHIFT = 2 ** 49;

/** The band a key belongs to. */
export function bandOf(key: BandKey): number {
  return Math.floor(key / BAND_SHIFT);
}

/** The column of article_minhash_bands that holds band `band`'s bucket. */
export function bandColumn(band: number): `band_${number}` {
  return `band_${band}`;
}

/**
 * Throws unless `keys` are a whole signature's keys: one per band, in band order. A row holds one
 * bucket per band column, and the statements that read and write them are written for all of them.
 */
export function checkBandKeys(keys: readonly BandKey[]): void {
  if (keys.length !== BANDS || keys.some((k, i) => !Number.isSafeInteger(k) || bandOf(k) !== i)) {
    throw new RangeError(`band keys must be ${BANDS} safe integers, the i-th in band i; got [${keys.join(', ')}]`);
  }
}
