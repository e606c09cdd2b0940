import { createHash } from 'node:crypto';
import minhash from 'minhash';
import { normaliseText } from '../ingest/sources/identity.ts';

export const SHINGLE_WORDS = 5;
/** Jaccard similarity of word 5-shingles from which an article counts as a copy of an earlier one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
// 16 bands of 4 rows: a pair at Jaccard 0.8 shares a band with probability > 0.999, one at 0.3 only ~12%,
// so the index finds copies while handing few unrelated articles to the exact check.
const NUM_PERM = 64;
const BAND_ROWS = 4;
// A fixed seed keeps signatures comparable across processes and runs; the bands are persisted.
const SEED = 7;

export function words(text: string): string[] {
  return normaliseText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  // A text shorter than one shingle is still comparable as a whole.
  if (w.length < size) {
    if (w.length) out.add(w.join(' '));
    return out;
  }
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

export function signature(sh: Set<string>): number[] {
  const m = new minhash.Minhash({ numPerm: NUM_PERM, seed: SEED });
  for (const s of sh) m.update(s);
  return m.hashvalues.slice();
}

/** LSH band keys of a signature: two texts are candidates when any key is equal. */
export function bandKeys(sig: number[]): { band: number; key: string }[] {
  const out: { band: number; key: string }[] = [];
  for (let b = 0; b * BAND_ROWS < sig.length; b++) {
    const rows = sig.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).join('.');
    // Hashed so the index column stays short and fixed-width whatever the row values.
    out.push({ band: b, key: createHash('sha1').update(rows).digest('hex').slice(0, 16) });
  }
  return out;
}
