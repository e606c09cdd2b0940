import type { BandKey } from '../store/band-key.ts';
import type { Ctx } from '../store/context.ts';
import { firstOfBoth } from '../store/queries/band-buckets.ts';
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
  private rows = new Map<string, BandKey[]>();
  /** Per bucket, its first `perBucket` articles by id: all a lookup limited to that many per bucket can use. */
  private byKey = new Map<BandKey, string[]>();

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

  /**
   * Writes the held-back rows in the transaction about to commit, in article order (the table's own),
   * and hands back their buckets (for CommittedBands) as it forgets them.
   */
  async flush(tx: Ctx): Promise<ReadonlyMap<BandKey, readonly string[]>> {
    const ids = [...this.rows.keys()].sort();
    for (const id of ids) await insertBands(tx, id, this.rows.get(id)!);
    const written = this.byKey;
    this.rows = new Map();
    this.byKey = new Map();
    return written;
  }

  clear(): void {
    this.rows.clear();
    this.byKey.clear();
  }
}

/**
 * The buckets of the batches an ingest committed lately, numbered by commit. An extraction worker
 * reads an article's buckets from the store (WorkerExtras.buckets) some time before the article is
 * stored, and misses what was committed in between: the storing thread adds those from here, as it
 * adds its open batch's from PendingBands.
 */
export class CommittedBands {
  private readonly batches: { commit: number; byKey: ReadonlyMap<BandKey, readonly string[]> }[] = [];

  constructor(private readonly perBucket: number) {
    if (!Number.isInteger(perBucket) || perBucket < 1) throw new RangeError(`perBucket must be a whole number of at least 1, got ${perBucket}`);
  }

  get size(): number {
    return this.batches.length;
  }

  /** The buckets PendingBands.flush handed back for the `commit`-th commit. */
  add(commit: number, byKey: ReadonlyMap<BandKey, readonly string[]>): void {
    if (this.batches.length && commit <= this.batches[this.batches.length - 1].commit) throw new RangeError(`commit ${commit} is not after the last one added`);
    if (byKey.size) this.batches.push({ commit, byKey });
  }

  /** For each of `keys`, the first articles in that bucket of the batches committed after the `commit`-th, in id order. */
  since(commit: number, keys: readonly BandKey[]): (readonly string[] | undefined)[] {
    return keys.map((k) => {
      let ids: readonly string[] | undefined;
      for (const b of this.batches) if (b.commit > commit) ids = mergeBucket(ids, b.byKey.get(k), this.perBucket);
      return ids;
    });
  }

  /** Forgets the batches of commits up to the `commit`-th: no article still to be stored was handed out before them. */
  forgetUpTo(commit: number): void {
    let n = 0;
    while (n < this.batches.length && this.batches[n].commit <= commit) n++;
    this.batches.splice(0, n);
  }
}

/** Two id-ordered bucket lists as one, first `n` ids. */
export function mergeBucket(a: readonly string[] | undefined, b: readonly string[] | undefined, n: number): readonly string[] | undefined {
  if (!a?.length) return b;
  if (!b?.length) return a;
  return firstOfBoth(a, b, n);
}
