import type { Ctx } from '../store/context.ts';
import type { BandKey } from '../store/band-key.ts';
import { candidateTexts } from '../store/queries/band-candidates.ts';
import { articlesInBuckets } from '../store/queries/band-buckets.ts';
import { NEAR_DUPLICATE_THRESHOLD, sortedJaccard, sortedShingles } from './near-duplicate.ts';
import { mergeBucket, PendingBands } from './pending-bands.ts';

export interface NearDuplicate {
  /** The original: a copy of a copy links to the first article, never to a link in a chain. */
  articleId: string;
  score: number;
}

// Articles from each band bucket worth reading: a bucket's first few stand for the rest, since a copy
// links to its original and buckets fill with copies of one story.
export const PER_BAND = 8;
// Articles sharing the most bands are the likeliest copies; checking more than this is wasted work.
const MAX_CHECKED = 5;
// A few hundred shingles of 4 bytes an article: 4,096 entries hold a large run's recurring
// candidates in a few megabytes.
const CACHE_SIZE = 4096;

export interface Known {
  shingles: Uint32Array;
  near_duplicate_of: string | null;
  ingested_at: string;
}

/**
 * Stored articles' shingles, kept across one run: a widely copied story is the candidate of every
 * copy, and re-reading and re-shingling its text each time would be most of the work.
 */
export class ShingleCache {
  private readonly entries = new Map<string, Known>();
  get(id: string): Known | undefined {
    const e = this.entries.get(id);
    if (e) {
      this.entries.delete(id);
      this.entries.set(id, e);
    }
    return e;
  }
  set(id: string, e: Known): void {
    this.entries.delete(id);
    if (this.entries.size >= CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, e);
  }
  /** Forgets everything: after a rollback, entries may describe articles the store no longer holds. */
  clear(): void {
    this.entries.clear();
  }
}

/** Held-back bands for findNearDuplicate's lookups: they keep as many articles a bucket as a lookup reads. */
export function pendingBandsForLookups(): PendingBands {
  return new PendingBands(PER_BAND);
}

/**
 * What an extraction worker read of an article's buckets (WorkerExtras.buckets), and, per bucket,
 * what was committed after it was handed out (CommittedBands.since).
 */
export interface ReadBuckets {
  stored: readonly (string | null)[];
  committedSince: readonly (readonly string[] | undefined)[];
}

/** The stored article a new text copies (Jaccard of shingles over the threshold), or null. */
export async function findNearDuplicate(ctx: Ctx, sh: Uint32Array, bands: BandKey[], cache: ShingleCache = new ShingleCache(), pending?: PendingBands, read?: ReadBuckets): Promise<NearDuplicate | null> {
  if (!bands.length || sh.length === 0) return null;
  const open = pending?.inBuckets(bands);
  const unwritten = read ? bands.map((_, b) => mergeBucket(read.committedSince[b], open?.[b], PER_BAND)) : open;
  const ids = (await articlesInBuckets(ctx, bands, PER_BAND, unwritten, read?.stored, MAX_CHECKED)).map((c) => c.article_id);
  const missing = ids.filter((id) => !cache.get(id));
  for (const row of await candidateTexts(ctx, missing)) {
    cache.set(row.id, { shingles: sortedShingles(row.text), near_duplicate_of: row.near_duplicate_of, ingested_at: row.ingested_at });
  }
  let best: { id: string; row: Known; score: number } | null = null;
  for (const id of ids) {
    const row = cache.get(id);
    if (!row) continue;
    const score = sortedJaccard(sh, row.shingles);
    if (score < NEAR_DUPLICATE_THRESHOLD) continue;
    if (!best || score > best.score || (score === best.score && row.ingested_at < best.row.ingested_at)) best = { id, row, score };
  }
  if (!best) return null;
  return { articleId: best.row.near_duplicate_of ?? best.id, score: Math.round(best.score * 1000) / 1000 };
}
