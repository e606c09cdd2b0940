import type { BandKey } from '../store/band-key.ts';
import type { Ctx } from '../store/context.ts';
import { insertBands } from '../store/writes/insert-bands.ts';

/**
 * The MinHash bands of the articles an ingest transaction has stored, held back until it commits.
 * Written one at a time between an article's other writes, each band row cost about three times what
 * the same rows cost written together just before the commit (bench:ingest at 40,000 articles: 120
 * against 39 µs a row, measured in one run): 16 index B-trees are walked from a cache the article's
 * claims and engagements have just churned. The bucket lookup of a later article in the same
 * transaction reads these beside the stored ones, so what it finds does not change.
 *
 * Only articles whose writes went through are added (the caller adds one as the last step of its
 * savepoint); anything that undoes the transaction must clear this, and the commit must flush it.
 */
export class PendingBands {
  private readonly rows = new Map<string, BandKey[]>();
  /** Per bucket, its first `perBucket` articles by id: all a lookup limited to that many per bucket can use. */
  private readonly byKey = new Map<BandKey, string[]>();

  /**
   * `perBucket`: how many articles of a bucket the lookups read (find-near-duplicate's limit). A
   * syndicated story fills a bucket with hundreds of copies in one batch, and keeping them all made
   * every later lookup in that bucket sort them.
   */
  constructor(private readonly perBucket: number) {
    if (!Number.isInteger(perBucket) || perBucket < 1) throw new RangeError(`perBucket must be a whole number of at least 1, got ${perBucket}`);
  }

  get size(): number {
    return this.rows.size;
  }

  add(articleId: string, keys: BandKey[]): void {
    if (!keys.length || this.rows.has(articleId)) return;
    this.rows.set(articleId, keys);
    for (const k of keys) {
      const ids = this.byKey.get(k);
      if (!ids) {
        this.byKey.set(k, [articleId]);
        continue;
      }
      if (ids.length === this.perBucket && articleId > ids[ids.length - 1]) continue;
      let at = ids.length;
      while (at > 0 && ids[at - 1] > articleId) at--;
      ids.splice(at, 0, articleId);
      if (ids.length > this.perBucket) ids.pop();
    }
  }

  /** For each of `keys`, the first held-back articles in that bucket, in id order. */
  inBuckets(keys: readonly BandKey[]): (readonly string[] | undefined)[] {
    return keys.map((k) => this.byKey.get(k));
  }

  /** Writes the held-back rows in the transaction about to commit, in article order (the table's own). */
  async flush(tx: Ctx): Promise<void> {
    const ids = [...this.rows.keys()].sort();
    for (const id of ids) await insertBands(tx, id, this.rows.get(id)!);
    this.clear();
  }

  clear(): void {
    this.rows.clear();
    this.byKey.clear();
  }
}
